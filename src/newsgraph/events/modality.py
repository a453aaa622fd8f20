"""Is the event said to have happened? Negation, condition, hypothesis, future, obligation.

PLOVER codes what happened; statements that something did not, may, would, should or
will happen are marked with a modality (negated | hypothetical | conditional | future)
and are not asserted events. Announced intentions and demands are events of their own
(AGREE / THREATEN / REQUEST), built from these flags in `events.build`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Token

from newsgraph.events.clauses import own_clause
from newsgraph.events.detect import RULING_VERBS, verb_lemma
from newsgraph.events.verbsets import COMMENTING_VERBS

FUTURE_AUX = frozenset({"will", "'ll", "shall", "would", "wo", "'d"})
HYPOTHETICAL_AUX = frozenset({"may", "might", "could", "can", "ca"})  # "can": a capacity, not a deed
OBLIGATION_AUX = frozenset({"must", "should", "ought"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
HOPE_VERBS = frozenset({"hope", "want", "wish", "aim", "seek", "dream", "consider", "weigh",
                        "propose", "suggest", "mull", "discuss", "debate", "conspire", "plot"})
FUTURE_VERBS = frozenset({"expect", "schedule", "due", "set", "likely", "poise", "slate", "go"})
OBLIGATION_VERBS = frozenset({"have", "need", "ought"})
# Verbs that say something about an event noun without doing it: their negation is not the event's
# ("had not established a motive for the fighting", "did not disclose the raid's cause").
TELLING_VERBS = frozenset({"link", "connect", "tie", "establish", "explain", "disclose", "reveal", "detail",
                           "specify", "elaborate", "discuss", "comment", "attribute", "blame"})
# Verbs whose object event is being set up, not held ("scheduled a meeting", "arranging talks").
PLANNING_VERBS = frozenset({"schedule", "arrange", "plan", "coordinate", "reschedule", "postpone", "propose",
                            "request", "seek"})
# "avoided direct criticism", "refrained from attacking": the event did not happen.
AVOID_VERBS = frozenset({"avoid", "refrain", "forgo", "forego", "shun"})
# Verbs that turn down or deny the deed of their clause ("refused to meet", "declined to arrest",
# "denied attacking", "denied that its soldiers fired"): only over a verb, not "declined to a low".
REFUSAL_VERBS = frozenset({"refuse", "decline", "deny"})
# "plans to release", "vowed to punish", "intends to sue": the deed is only meant; the frame
# itself (a plan, a vow) is coded apart as AGREE / THREATEN (`detect._settle`).
INTENTION_VERBS = frozenset({"plan", "intend", "vow", "pledge", "promise", "resolve", "mean", "threaten"})
# "required staff to sign", "is obliged to report": what is demanded, not what was done.
REQUIRE_VERBS = frozenset({"require", "oblige", "obligate", "mandate"})
GOVERNOR_VERBS = HOPE_VERBS | FUTURE_VERBS | OBLIGATION_VERBS | AVOID_VERBS | REQUIRE_VERBS | INTENTION_VERBS | {"fail"}
# Nouns whose infinitive is only an aim: "reasons to attack", "a chance to meet".
PURPOSE_HEADS = frozenset({"reason", "way", "need", "right", "chance", "opportunity", "time", "effort",
                           "attempt", "bid", "ability", "power", "freedom", "temptation", "urge",
                           "mission", "operation", "plan", "campaign", "drive", "push", "initiative",
                           "resolution", "resolve", "determination", "capacity", "capability", "means",
                           "strength", "will", "job", "duty", "task", "responsibility", "role", "goal", "aim",
                           "threat", "promise", "pledge", "vow", "offer", "proposal", "intention", "intent",
                           "readiness", "willingness", "refusal", "reluctance"})
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither", "noone"})
CLAUSE_UP = frozenset({"xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pcomp", "pobj", "prep"})


def known_lemma(tok: Token, known: frozenset[str]) -> str:
    """The lemma, corrected against a word list when the model lemmatised wrongly."""
    return verb_lemma(tok, known)


@dataclass
class Flags:
    """What the words around a trigger's clause say about whether it happened."""

    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    obligation: bool = False
    conditional: bool = False
    condition_unless: bool = False
    scheduled: bool = False  # "is expected to", "is due to": a forecast, not an intention
    failed: bool = False  # "failed to reach agreement"

    def modality(self) -> str:
        """The single modality label, most binding first."""
        if self.conditional:
            return "conditional"
        if self.negated:
            return "negated"
        if self.hypothetical or self.obligation:
            return "hypothetical"
        if self.future or self.scheduled:
            return "future"
        return "asserted"


def clause_flags(trigger: Token, verb: Optional[Token], question: bool = False,
                 material: bool = False) -> Flags:
    """Flags for an event whose trigger is `trigger`, in the clause of `verb`.

    `question` says the sentence is a question (its events are then hypothetical);
    `material` says the event is a deed (an attack, aid), which an infinitive of purpose
    only intends ("trained them to fight"), unlike a demand voiced by the act itself
    ("marched to demand reforms").
    """
    flags = Flags()
    for tok in {trigger, verb} - {None}:
        _aux_flags(tok, flags)  # type: ignore[arg-type]
    if trigger.pos_ in ("NOUN", "PROPN") and any(c.lower_ in ("no",) for c in trigger.children):
        flags.negated = True
    if trigger.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ in UNCERTAIN_MODIFIERS
                                                 for c in trigger.children):
        flags.hypothetical = True  # "over alleged assaults on its men"
    if trigger.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ in COMING_MODIFIERS
                                                 for c in trigger.children):
        flags.scheduled = True  # "the planned protests": not yet held
    clause = verb if verb is not None else trigger
    if _negative_subject(clause):
        flags.negated = True  # "Not the U.S. nor the rebels are preventing …", "no one was hurt"
    if clause.dep_ in ("pcomp", "pobj") and clause.head.lower_ == "without":
        flags.negated = True  # "changed the schedule without consulting him": no consultation
    if _imperative(clause):
        flags.hypothetical = True  # "Visit the Thunder on Friday.", "“Fund our schools,” they chanted"
    if _purpose_clause(clause, material):
        flags.hypothetical = True  # "trained them to fight", "reasons to attack"
    if _denied_capacity(clause):
        flags.negated = True  # "has no power to veto", "no plans to attack"
    _governor_flags(clause, flags)
    if trigger.pos_ in ("NOUN", "PROPN"):
        _governor_flags(trigger, flags)
    gerund_claim = clause.tag_ == "VBG" and clause.dep_ == "xcomp" and \
        known_lemma(clause.head, SPEECH_VERBS) in SPEECH_VERBS
    if clause.dep_ in ("csubj", "csubjpass") or gerund_claim or question:
        flags.hypothetical = True  # "agreeing on a cease-fire is the option"; questions
    _condition_flags(clause, flags)
    if trigger.pos_ in ("NOUN", "PROPN") and _banned(trigger):
        flags.hypothetical = True  # "a ban on street protests": the kind of event banned, none held
    if trigger.pos_ in ("NOUN", "PROPN") and _prospect(trigger):
        flags.hypothetical = True  # "hope for the success of peace talks": talks not yet held
    if _threatened(clause):
        flags.hypothetical = True  # "pleaded guilty to threatening to assault and murder an official"
    if _standing_stance(clause) or _shared_opinion(clause):
        flags.hypothetical = True  # "the Never Trumpers who oppose his presidency": a description
    if flags.negated and _declined_offer(clause):
        flags.failed = True  # "did not accept the offer": a rejection
    return flags


# What one accepts or turns down: "did not accept the offer" rejects it.
OFFERED_NOUNS = frozenset({"offer", "proposal", "plan", "deal", "demand", "request", "terms", "invitation",
                           "settlement", "bid", "ultimatum", "compromise", "resignation", "condition", "conditions"})


def _declined_offer(verb: Token) -> bool:
    """"did not accept the offer", "never accepted the proposal": a past refusal of what was offered."""
    if verb.lemma_.lower() != "accept" or any(c.dep_ == "aux" and c.lower_ not in ("did", "has", "have", "had")
                                              for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in OFFERED_NOUNS for c in verb.children)


# Stances a present-tense relative clause ascribes to a kind of people, as a standing trait.
STANCE_VERBS = frozenset({"oppose", "support", "back", "favor", "favour", "reject", "criticize",
                          "criticise", "endorse", "champion", "advocate", "resist", "condemn"})


def _standing_stance(verb: Token) -> bool:
    """"groups that oppose the war", "critics who back him": a description, not an act;
    "the party who brings the lawsuit", "anyone who attacks": a role defined, no one acts."""
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBP", "VBZ") or \
            any(c.dep_ in ("aux", "auxpass", "npadvmod") for c in verb.children):
        return False
    return verb.lemma_.lower() in STANCE_VERBS or verb.head.lemma_.lower() in ROLE_HEADS


def _shared_opinion(verb: Token) -> bool:
    """"They agree with him on issues": agreeing with someone in the simple present is an opinion
    held, not an agreement made ("agreed with Iran on a deal", "agrees to talks" stay events)."""
    return verb.lemma_.lower() == "agree" and verb.tag_ in ("VBP", "VBZ") and \
        not any(c.dep_ in ("aux", "auxpass", "xcomp") for c in verb.children) and \
        any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
            for c in verb.children)


# Heads a present-tense relative clause defines a role on ("the party who files", "anyone who").
ROLE_HEADS = frozenset({"party", "person", "one", "anyone", "anybody", "someone", "somebody", "whoever",
                        "whomever", "individual", "entity"})


def _threatened(tok: Token) -> bool:
    """The deed is what someone threatened, not what they did (up to three heads up)."""
    for _ in range(3):
        if tok.head.i == tok.i or tok.dep_ not in ("xcomp", "pobj", "prep", "conj", "ccomp", "dobj"):
            return False
        tok = tok.head
        if tok.lemma_.lower() == "threaten" and tok.pos_ == "VERB":
            return True
    return False


def _aux_flags(tok: Token, flags: Flags) -> None:
    if tok.pos_ in ("VERB", "AUX") and _neither_nor(tok):
        flags.negated = True  # "it was neither witnessed nor executed"
    for child in tok.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "advmod" and low in ("never",)) or _no_longer(child):
            flags.negated = True
        elif child.dep_ in ("aux", "auxpass"):
            if low in FUTURE_AUX or child.lemma_ == "will":
                flags.future = True
            elif low in HYPOTHETICAL_AUX:
                flags.hypothetical = True
            elif low in OBLIGATION_AUX:
                flags.obligation = True


def _no_longer(child: Token) -> bool:
    """"no longer supports", "not any more": the state has ended."""
    return child.dep_ == "advmod" and child.lower_ == "longer" and any(c.lower_ == "no" for c in child.children)


def _neither_nor(verb: Token) -> bool:
    """A verb in a "neither … nor …" pair: "neither" before it, or "nor" joining it to the first."""
    if any(c.lower_ == "neither" and c.dep_ in ("preconj", "cc", "advmod", "det", "dep") for c in verb.children):
        return True
    return verb.dep_ == "conj" and any(c.lower_ == "nor" for c in verb.head.children if c.dep_ == "cc") \
        and verb.head.i != verb.i and any(c.lower_ == "neither" for c in verb.head.children)


def _negative_subject(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.lower_ in NEGATIVE_SUBJECTS:
            return True
        if any(c.dep_ in ("neg", "det", "preconj") and c.lower_ in ("not", "no", "neither")
               for c in child.children):
            return True
    return False


def _imperative(verb: Token) -> bool:
    """A command: a bare verb with no subject or auxiliary, opening its sentence or a quote."""
    if verb.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children):
        return False
    if verb.dep_ == "ROOT":
        return True
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return verb.dep_ in ("ccomp", "parataxis", "xcomp", "conj") and before is not None \
        and before.text in ("“", '"', "‘", "'")  # "chanted, “Fund our schools”": a slogan


# Nouns of fear or risk: "fear of being extradited" is not an extradition.
FEAR_NOUNS = frozenset({"fear", "risk", "danger", "threat", "worry", "concern", "prospect"})
# Nouns of prospect: an event named under them is only looked forward to.
PROSPECT_NOUNS = frozenset({"hope", "prospect", "chance", "possibility", "likelihood", "odds", "hopes",
                            "prospects", "expectation", "dream"})


# Nouns that forbid a kind of event: "a ban on protests", "restrictions on gatherings".
BANNING_NOUNS = frozenset({"ban", "prohibition", "moratorium", "restriction", "limit", "curb", "embargo"})


def _banned(noun: Token) -> bool:
    """The noun names what a ban is on ("ban on street protests", "curbs on rallies")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("on", "against") and prep.head.i != prep.i and \
        prep.head.lemma_.lower() in BANNING_NOUNS


def _prospect(noun: Token) -> bool:
    """The noun hangs, through "of"/"for" phrases, from a noun of prospect ("hope for the success of talks")."""
    node = noun
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in PROSPECT_NOUNS:
            return True
    return False


def _purpose_clause(verb: Token, material: bool) -> bool:
    """An infinitive of purpose or a noun's infinitive: said of what was meant, not done (also
    for later verbs of a row: "our job to inspect, repair and prevent fires"); not the result
    a causative verb brings about ("causing glass to shatter and strike the child")."""
    first = _first_conjunct(verb)
    if first.i == verb.i and verb.dep_ == "advcl" and _finite_purpose(verb):
        return True  # "… so they will support me": what the effort is for
    if first.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children):
        return False
    if first.head.lemma_.lower() in CAUSATIVE_VERBS:
        return False
    if material:
        return first.dep_ in ("advcl", "acl", "relcl")
    return first.dep_ in ("acl", "relcl") and first.head.lemma_.lower() in PURPOSE_HEADS


# Verbs whose infinitive tells what they brought about, not what was meant ("caused it to collapse").
CAUSATIVE_VERBS = frozenset({"cause", "make", "force", "lead", "prompt", "compel", "drive", "get", "leave"})


def _denied_capacity(verb: Token) -> bool:
    """An infinitive of a noun that "no" negates: "has no discretion to grant", "no right to refuse"."""
    return verb.dep_ == "acl" and verb.tag_ == "VB" and \
        any(c.dep_ == "det" and c.lower_ == "no" for c in verb.head.children)


def _finite_purpose(verb: Token) -> bool:
    """"so (that) they will back me", "in order that it can meet": a purpose with a modal."""
    marks = [c for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < verb.i]
    purpose = any(m.lower_ == "so" or (m.lower_ == "that" and m.i > 0 and m.doc[m.i - 1].lower_ in ("so", "order"))
                  for m in marks)
    return purpose and any(c.dep_ == "aux" and c.lower_ in PURPOSE_MODALS for c in verb.children)


PURPOSE_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "'ll"})


def _governor_flags(tok: Token, flags: Flags) -> None:
    """"hopes to meet", "is expected to visit", "has to withdraw", "going to attack"."""
    tok = _first_conjunct(tok)  # "wants X to end the tariffs and provide relief": both wished
    if _obligation_advcl(tok):
        flags.obligation = True  # "needed to investigate" parsed as an adverbial clause
        return
    if tok.dep_ not in ("xcomp", "pcomp", "pobj", "dobj", "ccomp") or tok.head.i == tok.i:
        return
    head = tok.head
    if head.pos_ == "ADP":
        head = head.head
    bare = tok.tag_ == "VB" and head.lemma_.lower() in SEEING_VERBS  # "see China agree"
    if _refused(tok, head) or _ruled_out(tok):
        flags.negated = True  # "refused to meet", "denied that its soldiers had fired", "ruled out meeting"
        return
    if head.lemma_.lower() in INCLINATIONS and tok.dep_ == "xcomp":
        flags.hypothetical = True  # "is unlikely to arrest", "were ready to reject": not done
        return
    if tok.dep_ == "ccomp" and not (_infinitive(tok) or bare):
        return  # "wants X to go" is a wish; "said X went" is not governed here
    if _wish(head):
        flags.hypothetical = True  # "would like to see China agree", "would rather talk"
        return
    if head.pos_ == "NOUN" and head.lemma_.lower() in PROSPECT_NOUNS | FEAR_NOUNS:
        flags.hypothetical = True  # "his fear of being extradited", "the prospect of meeting"
        return
    if tok.pos_ == "NOUN" and head.lemma_.lower() in TELLING_VERBS:
        return  # "were not linking the arrests to …": said about the arrests, not denying them
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN" and head.lemma_.lower() in PLANNING_VERBS:
        flags.scheduled = True  # "has scheduled a meeting with", "to coordinate a special visit": not yet held
    if head.pos_ == "ADJ" and _denied_ability(head):
        flags.negated = True  # "wasn't able to meet the governor", "unable to visit"
    lemma = known_lemma(head, GOVERNOR_VERBS)
    if lemma in OBLIGATION_VERBS and tok.dep_ == "xcomp" and _counterfactual(head):
        flags.hypothetical = True  # an analyst's "he would likely have to cut": reasoning, no demand
        return
    if lemma == "fail" and tok.dep_ == "xcomp":
        flags.failed = flags.negated = True
    if lemma in AVOID_VERBS:
        flags.negated = True
    if lemma in HOPE_VERBS or lemma in REQUIRE_VERBS or lemma in INTENTION_VERBS:
        flags.hypothetical = True
    elif lemma in FUTURE_VERBS and tok.dep_ == "xcomp":
        flags.scheduled = True
    elif lemma in OBLIGATION_VERBS and tok.dep_ == "xcomp":
        flags.obligation = True
    if head.i != tok.i and _carried_by(tok, head):
        _aux_flags(head, flags)


def _refused(tok: Token, head: Token) -> bool:
    """A verb's clause under "refuse", "decline" or "deny" (infinitive, gerund or that-clause)."""
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("xcomp", "ccomp", "pcomp", "dobj") and \
        head.pos_ == "VERB" and known_lemma(head, REFUSAL_VERBS) in REFUSAL_VERBS


# Adjectives whose infinitive is only a leaning or a readiness: "unlikely to", "willing to".
INCLINATIONS = frozenset({"unlikely", "reluctant", "loath", "loth", "hesitant", "unwilling", "willing", "eager",
                          "ready", "prepared", "keen", "determined", "inclined", "anxious"})


def _ruled_out(tok: Token) -> bool:
    """"ruled out meeting them", "stopped (fell) short of accusing": the deed is excluded."""
    head = tok.head
    if tok.dep_ in ("dobj", "xcomp", "pcomp") and head.lemma_.lower() == "rule" and \
            any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children):
        return True
    if tok.dep_ != "pcomp" or head.lower_ != "of" or head.head.i == head.i:
        return False
    short = head.head
    return short.lower_ == "short" and short.head.lemma_.lower() in ("stop", "fall")


ABILITY_ADJECTIVES = frozenset({"able", "capable", "free", "allowed", "permitted"})
NEGATED_ABILITIES = frozenset({"unable", "incapable"})


def _denied_ability(adj: Token) -> bool:
    """"unable to", or "able to" under a negated copula ("was not able to", "never able to")."""
    if adj.lower_ in NEGATED_ABILITIES:
        return True
    if adj.lemma_.lower() not in ABILITY_ADJECTIVES:
        return False
    holders = (adj, adj.head) if adj.dep_ in ("acomp", "amod") else (adj,)
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") for h in holders for c in h.children)


def _obligation_advcl(tok: Token) -> bool:
    """"X needed to investigate" with the infinitive mis-attached as an adverbial clause."""
    return tok.dep_ == "advcl" and tok.head.i != tok.i and _infinitive(tok) and \
        tok.head.lemma_.lower() == "need"


# "would like/love/prefer to", "would rather": a wish, and "see/watch X do" under it too.
WISH_VERBS = frozenset({"like", "love", "prefer"})
SEEING_VERBS = frozenset({"see", "watch"})


def _first_conjunct(tok: Token) -> Token:
    """The first of a row of conjoined verbs, which carries their shared governor."""
    for _ in range(4):
        if tok.dep_ != "conj" or tok.head.i == tok.i or tok.pos_ not in ("VERB", "AUX") or own_clause(tok):
            return tok
        tok = tok.head
    return tok



def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _wish(head: Token) -> bool:
    """"would like to", "'d love to see X": a modal wish verb, directly or through "see"."""
    if head.lemma_.lower() in SEEING_VERBS and head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() in WISH_VERBS and \
        any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in head.children)


def _counterfactual(verb: Token) -> bool:
    """"would (likely) have to", "might need to": an obligation only in reasoning."""
    return any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children)


def _carried_by(tok: Token, head: Token) -> bool:
    """Whether `head`'s negation or modal is the event's own ("did not launch an attack",
    "might proceed with indictments"); not so for a noun merely talked about ("did not
    respond to Trump's request", "would not comment on the attack")."""
    return tok.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() not in COMMENTING_VERBS


def _condition_flags(tok: Token, flags: Flags) -> None:
    """Inside an if-clause, or the consequent of one."""
    for child in tok.children:
        if child.dep_ == "advcl" and _has_condition_mark(child) and not _settled_wait(tok, child):
            flags.conditional = True
            flags.condition_unless = any(c.lower_ == "unless" for c in child.children)
            return
    node = tok
    for _ in range(6):
        if _has_condition_mark(node):
            flags.conditional = True
            return
        if node.dep_ not in CLAUSE_UP or node.head.i == node.i:
            return
        node = node.head


def _settled_wait(main: Token, clause: Token) -> bool:
    """"were stopping work until the city could pay": a past deed lasting until something may
    happen is told as done; only a main clause with a modal or a negation ("will not withdraw
    until …") waits on the condition."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if not marks or not marks <= PRECONDITION_MARKS:
        return False
    open_main = any((c.dep_ == "aux" and c.lower_ in MODAL_AUX) or c.dep_ == "neg" for c in main.children)
    return not open_main and main.tag_ in ("VBD", "VBG", "VBN")


def _has_condition_mark(tok: Token) -> bool:
    """"if …", "unless …"; "before/until X would …" (a precondition, not a time);
    "Should X win …", "Had X known …" (a condition told by inversion)."""
    if inverted_condition(tok):
        return True
    for c in tok.children:
        if c.dep_ == "mark" and c.lower_ in CONDITION_MARKS:
            return True
        if c.dep_ == "mark" and c.lower_ in PRECONDITION_MARKS and \
                any(a.dep_ == "aux" and a.lower_ in MODAL_AUX for a in tok.children):
            return True
        if c.dep_ in ("mark", "advmod") and c.lower_ in GENERIC_MARKS and c.i < tok.i and _present(tok):
            return True  # "when the United States slaps tariffs, …": what happens whenever, not a deed
    return False


def inverted_condition(verb: Token) -> bool:
    """"Should Rubio win Florida, …", "Had they known, …": an adverbial clause opened by
    should/had/were before its subject is a condition, not a duty or a past deed."""
    return verb.dep_ == "advcl" and verb.head.i != verb.i and inverted(verb, INVERTING_AUX)


INVERTING_AUX = frozenset({"should", "had", "were"})


def inverted(verb: Token, auxiliaries: frozenset[str]) -> bool:
    """The clause opens with one of `auxiliaries` before its subject ("Should Rubio win …",
    "Must we accept …?"): a condition or a question, never a statement of duty."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    opener = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in auxiliaries), None)
    if opener is None or opener.i > subject.left_edge.i:
        return False
    return all(t.is_punct or t.i == opener.i for t in verb.doc[verb.left_edge.i:opener.i + 1])


def _present(verb: Token) -> bool:
    """A present-tense clause verb with no auxiliary ("slaps", "impose"), not "has slapped"."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


PRECONDITION_MARKS = frozenset({"before", "until", "till"})
# Time clauses that, with a present tense, state a rule or a prospect: "when X imposes …".
GENERIC_MARKS = frozenset({"when", "whenever", "once"})
MODAL_AUX = frozenset({"would", "could", "might", "'d"})
# Noun modifiers that say an event is only claimed ("alleged assaults", "a possible strike").
UNCERTAIN_MODIFIERS = frozenset({"alleged", "purported", "suspected", "possible", "potential",
                                 "rumored", "rumoured", "supposed", "hypothetical"})
# "the planned protests", "an upcoming visit": events still to come.
COMING_MODIFIERS = frozenset({"planned", "upcoming", "proposed", "scheduled", "forthcoming", "impending",
                              "expected", "intended", "prospective"})


def speech_governor(tok: Token) -> Optional[Token]:
    """The reporting verb whose complement this clause is ("said that …"), if any."""
    node = tok
    for _ in range(3):
        if node.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "parataxis") or node.head.i == node.i:
            return None
        node = node.head
        if known_lemma(node, SPEECH_VERBS) in SPEECH_VERBS:
            return node
    return None


# Deeds a ruling can order done to the subject of its that-clause.
ORDERED_TYPES = frozenset({"COERCE", "SANCTION", "RETREAT", "CONCEDE"})


def ruling_subject(tok: Token) -> Optional[Token]:
    """Who ruled, when this clause is the content of a firm ruling ("a judge ruled that X
    should remain in jail"); None for "might order", "did not rule" or no ruling at all."""
    from newsgraph.events.roles import subject_of

    head = tok.head
    if tok.dep_ != "ccomp" or head.i == tok.i or head.pos_ != "VERB" or head.lemma_.lower() not in RULING_VERBS:
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODAL_AUX | OBLIGATION_AUX | FUTURE_AUX)
           for c in head.children):
        return None
    return subject_of(head)


SPEECH_VERBS = frozenset({
    "say", "tell", "announce", "declare", "state", "insist", "reiterate", "stress", "add",
    "confirm", "conclude", "warn", "claim", "assert", "note", "write", "report", "argue",
    "affirm", "maintain", "signal", "indicate", "reply", "respond", "emphasize", "emphasise",
})


# Questions that take their event as given and ask about it: "Why have fans boycotted the race?"
PRESUPPOSING_WH = frozenset({"why", "how", "when", "where"})


def presupposing_question(text: str) -> bool:
    """A why/how/when/where question: its event is presupposed, not put in doubt."""
    words = text.lstrip("“”\"' ").split(maxsplit=1)
    return bool(words) and words[0].lower().strip(",") in PRESUPPOSING_WH
