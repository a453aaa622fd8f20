"""Constructions with a cue word that report nobody's claim, whatever the speaker:
- a cue inside a condition ("if the patient reports no fever, …"): a case, not a statement;
- "think to ask" (remember to do something): no thought content; a cue in the infinitive of
  such a verb is not done;
- "declined to comment on the report": a refusal, nothing said;
- "asked not to be named": a condition of speaking, not a claim;
- an impersonal passive ("it is alleged he …", "it is believed that …"): no one is named,
  and "it" stands for nobody;
- a naming participle ("a standard called USB4", "a band named Low"): a name, not words;
- a picture showing something ("police released video showing the rescue"): evidence, not a
  source (see `sources.MEDIA_NOUNS`);
- a directive in the passive with no agent and an infinitive ("was fined and ordered to pay",
  "residents are asked to call"): its subject is the one addressed, the one who spoke is not
  named ("was asked how …" stays: PolNeAR counts the question);
- a verb of perception with a bare-verb or gerund clause ("a run that saw the team build a
  lead", "watched him leave"): an event seen, not a thought;
- a stance with a noun-phrase object in a modifier of a speaker ("those opposing the step
  argued …"), or a restrictive relative clause of wanting or thinking on a subject ("Developers
  who wanted to build it have appealed"): it tells who is meant, it reports nothing;
- a gerund of evidence after a comma ("…, indicating that Congress will not act"): the
  writer's conclusion from the clause before (not after a verb of saying), nobody's claim;
- a cue whose object is "what" ("a summary of what was said by X"): the words are elsewhere;
- a cue in a prospective gerund ("was near announcing plans, promising …", "close to
  announcing", "on the verge of declaring"): nothing has been said yet;
- a request or question put to the subject, in a bare participle ("When asked by the judge to
  describe him, the witness wept", "she said when asked where he was"): the subject is the one
  addressed, not the one who asked;
- "call" with an infinitive ("called the fire brigade to report the smoke"): a phone call or a
  summons, no words reported;
- "might want to" ("Povetkin might want to rethink"): the writer's advice, not a wish;
- a cue in the infinitive of "is expected / due / set / scheduled to" ("is expected to announce
  the decision"): nothing said yet; "see whether" ("waiting to see whether rates fall"): no one's words.
("would not say whether …" stays: PolNeAR counts the open question as an attribution.)
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from newsgraph.quotes.lexicon import SPEECH_VERBS

CONDITION_MARKS = frozenset({"if", "unless"})
# Verbs whose infinitive is not done: "did not think to ask about …" reports no words said
# (refusals stay: "refused to endorse Trump" is a stance PolNeAR counts).
UNDONE_HEADS = frozenset({"think"})
REFUSALS = frozenset({"decline", "refuse"})
NAMING_PARTICIPLES = frozenset({"call", "name", "dub", "title", "nickname"})
PICTURE_NOUNS = frozenset("video footage image photo photograph picture scan recording clip".split())
PICTURE_VERBS = frozenset({"show", "reveal", "depict", "capture"})
DIRECTIVE_VERBS = frozenset("order ask tell urge require instruct direct command force advise encourage remind".split())
PERCEPTION_VERBS = frozenset("see watch hear notice witness".split())
FREE_RELATIVES = frozenset({"what", "whatever"})
INFERENCE_VERBS = frozenset("indicate suggest mean imply signal show demonstrate".split())
PROSPECTIVE_WORDS = frozenset("close verge brink point".split())  # "close to announcing", "on the verge of"
ANONYMITY_WORDS = frozenset({"name", "identify", "quote", "anonymous"})  # "asked not to be named"
# "When asked …", "Pressed on …" (not "when forced to defend it": that he did)
# What one calls to hold, not whom one rings: "called a news conference to announce …" stays.
CALLED_EVENTS = frozenset("meeting conference election vote strike session summit referendum briefing hearing".split())
HEDGING_MODALS = frozenset({"might", "may", "could"})
ADDRESSED_VERBS = (DIRECTIVE_VERBS - {"force", "require"}) | {"question", "press", "quiz"}


def non_claim(doc: Doc, cue: Token, speaker: Optional[Token], content: tuple[int, int]) -> str:
    """Why the cue reports no claim ("" when the construction does not say)."""
    lemma = cue.lemma_.lower()
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in cue.children):
        return "condition"
    if lemma == "think" and _infinitive_start(doc, content):
        return "think-to"
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in UNDONE_HEADS:
        return "not-done"  # "did not think to ask about …"
    if cue.dep_ == "xcomp" and lemma == "comment" and cue.head.lemma_.lower() in REFUSALS:
        return "no-comment"  # "declined to comment on the report": nothing was said
    if lemma in ("ask", "request") and _anonymity(doc, content):
        return "anonymity"  # "a resident, who asked not to be named": a condition of speaking, not a claim
    if speaker is not None and speaker.lower_ == "it" and any(c.dep_ == "auxpass" for c in cue.children):
        return "impersonal-passive"
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and lemma in NAMING_PARTICIPLES and not _has_agent(cue):
        return "naming"
    if cue.dep_ == "acl" and lemma in PICTURE_VERBS and cue.head.lemma_.lower() in PICTURE_NOUNS:
        return "picture-shows"
    if lemma in DIRECTIVE_VERBS and _infinitive_start(doc, content) and _passive(cue) and not _has_agent(cue):
        return "addressee-passive"  # "was sentenced …, ordered to perform …": the court is not named
    if cue.dep_ in ("relcl", "acl") and cue.head.dep_ in ("nsubj", "nsubjpass") and _identifies(doc, cue, content):
        return "identifies-speaker"  # "those opposing the plan argued …": who they are, not what they say
    if cue.dep_ == "xcomp" and _prospective_head(cue.head):
        return "not-yet-said"  # "is expected to announce …", "is due to testify …": nothing said yet
    if lemma in PERCEPTION_VERBS and doc[content[0]].lower_ in ("whether", "if"):
        return "open-question"  # "waiting to see whether the bank will cut rates": nobody said it
    if lemma in PERCEPTION_VERBS and _small_clause(doc, content):
        return "perception"  # "a streak that saw the team build a lead"
    if _inference_adjunct(doc, cue):
        return "writer-inference"  # "…, indicating that Congress is unlikely to act": the writer reads the facts
    if _free_relative(cue):
        return "free-relative"  # "a summary of what was said by X", "what she told them": the words are elsewhere
    if _prospective(cue) or (cue.dep_ == "advcl" and _prospective_predicate(cue.head)):
        return "not-yet-said"  # "was near announcing plans …, promising …": nothing said yet
    if lemma in ADDRESSED_VERBS and bare_participle(cue) and _request_or_question(doc, content):
        return "put-to-subject"  # "When asked by the judge to …, the victim …": she was asked
    if lemma == "call" and _summons(cue):
        return "summons"  # "called the police to report a break-in": a call, no words reported
    if lemma == "want" and any(c.tag_ == "MD" and c.lower_ in HEDGING_MODALS for c in cue.children):
        return "advice"  # "Povetkin might want to rethink": the writer's advice, not his wish
    if cue.dep_ in ("xcomp", "advcl") and _to_infinitive(cue) and _in_request(cue.head):
        return "requested"  # "asked to describe the attacker", "called the police to report …"
    return ""


def _in_request(verb: Token) -> bool:
    """A verb whose infinitive is what was asked of someone, or the purpose of a call."""
    lemma = verb.lemma_.lower()
    return (lemma in ADDRESSED_VERBS and bare_participle(verb)) or (lemma == "call" and _summons(verb))


def bare_participle(verb: Token) -> bool:
    """A past participle heading an adverbial clause with no subject or auxiliary of its own
    ("Asked about …", "When questioned by police, …"): the main clause's subject was addressed."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _request_or_question(doc: Doc, content: tuple[int, int]) -> bool:
    """A content that is an infinitive or an open question ("to describe …", "whether …",
    "where he was"); "Asked about the bomb, …" stays (PolNeAR counts it, with no source)."""
    first = doc[content[0]]
    return first.lower_ in ("to", "whether", "if") or first.tag_ in ("WRB", "WP", "WDT")


def _summons(call: Token) -> bool:
    """ "called the police to report …": "call" with a person called and an infinitive
    ("called on X to …", "called for X to …" are appeals and stay)."""
    children = list(call.children)
    if any(c.lower_ in ("on", "upon", "for") for c in children) or call.pos_ != "VERB":
        return False
    called = any(c.dep_ in ("dobj", "oprd") and c.lemma_.lower() not in CALLED_EVENTS for c in children)
    return called and any(c.dep_ in ("xcomp", "advcl") and _to_infinitive(c) for c in children)


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _inference_adjunct(doc: Doc, cue: Token) -> bool:
    """ "…, indicating that …", "…, suggesting …": a gerund of evidence after a comma, with
    no subject of its own, draws a conclusion from the clause before it (the writer's)."""
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "xcomp") or cue.lemma_.lower() not in INFERENCE_VERBS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) or cue.head.lemma_.lower() in SPEECH_VERBS:
        return False  # "He said X, suggesting Y": the speaker's own hint
    return cue.i > 0 and doc[cue.i - 1].text == ","


def _free_relative(cue: Token) -> bool:
    """ "what was said by X", "what she told them": the cue's object is "what" and no clause
    of its own follows ("what they said was a loophole" says it: a loophole)."""
    children = list(cue.children)
    if any(c.dep_ == "nsubjpass" and c.lower_ in FREE_RELATIVES for c in children):
        return True
    return not any(c.dep_ == "ccomp" for c in children) and any(c.dep_ == "dobj" and c.lower_ in FREE_RELATIVES for c in children)


def _prospective(cue: Token) -> bool:
    """A cue in the gerund of "near", "close to", "on the verge of": not yet done."""
    if cue.dep_ != "pcomp":
        return False
    prep = cue.head
    return prep.lower_ == "near" or (prep.lower_ in ("to", "of") and prep.head.lemma_.lower() in PROSPECTIVE_WORDS)


def _prospective_predicate(verb: Token) -> bool:
    """A predicate that is itself prospective ("was near announcing …")."""
    return any(c.dep_ == "prep" and any(_prospective(g) for g in c.children) for c in verb.children)


def _prospective_head(verb: Token) -> bool:
    """ "is expected to", "is due to", "is set to", "is scheduled to": a cue in its infinitive
    is still to come."""
    lemma = verb.lemma_.lower()
    if lemma in ("due", "poised"):
        return True
    return lemma in ("expect", "set", "schedule") and any(c.dep_ == "auxpass" for c in verb.children)


def _passive(verb: Token) -> bool:
    """A passive verb, or a bare participle in a list after one ("was fined, ordered to …");
    a participle before its head ("Asked to describe it, she said …") is left alone."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    if verb.tag_ != "VBN" or verb.dep_ not in ("conj", "dep", "advcl") or verb.head.i > verb.i:
        return False
    if any(c.dep_ in ("aux", "nsubj") for c in verb.children):
        return False
    head = verb.head
    while head.dep_ in ("conj", "dep") and not any(c.dep_ == "auxpass" for c in head.children) and head.head.i < head.i:
        head = head.head
    return any(c.dep_ == "auxpass" for c in head.children)


def _subject_of_report(noun: Token) -> bool:
    return noun.head.lemma_.lower() in SPEECH_VERBS


def _identifies(doc: Doc, cue: Token, content: tuple[int, int]) -> bool:
    """A modifier of a subject that tells which people are meant: a noun-phrase stance of a
    speaker ("those opposing the step argued …"), or a restrictive relative clause with no
    comma and a verb of wanting or thinking ("Developers who wanted to build it have appealed")."""
    if _subject_of_report(cue.head) and _noun_phrase(doc, content):
        return True
    first = cue.left_edge
    if cue.dep_ != "relcl" or cue.lemma_.lower() in SPEECH_VERBS:
        return False  # "a witness who said she saw it testified": still her words
    return first.i > 0 and first.tag_ in ("WP", "WDT") and doc[first.i - 1].text != ","


def _noun_phrase(doc: Doc, content: tuple[int, int]) -> bool:
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[content[0] : content[1]])


def _small_clause(doc: Doc, content: tuple[int, int]) -> bool:
    """A content whose own verb is bare or a gerund, with no "that": "the team build a lead"."""
    start, end = content
    roots = [t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    if len(roots) != 1 or roots[0].tag_ not in ("VB", "VBG"):
        return False
    return not any(c.dep_ == "mark" for c in roots[0].children) and doc[start].lower_ != "to"


def _anonymity(doc: Doc, content: tuple[int, int]) -> bool:
    """"not to be named", "to remain anonymous": the content only asks for the speaker's cover."""
    words = [t.lemma_.lower() for t in doc[content[0]:content[1]] if not t.is_punct]
    return 0 < len(words) <= 6 and "to" in words[:2] and any(w in ANONYMITY_WORDS for w in words)


def _infinitive_start(doc: Doc, content: tuple[int, int]) -> bool:
    start, end = content
    return end > start + 1 and doc[start].lower_ == "to" and doc[start + 1].pos_ in ("VERB", "AUX")


def _has_agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)
