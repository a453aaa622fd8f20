"""Figurative and non-news uses of event words, and contents that are claimed, denied or asked.

Rules read off the parse of one sentence, applied to each trigger after detection:

- non-news senses: a player or a share index "rallied" (a comeback or a rise, not a
  protest: "rallied to win", "rallied from a set down", "stocks rallied"); "protests
  exploded" (they grew); "an existential threat to", "poses a threat" (a danger described,
  not a threat made); "offers you" (the reader addressed); "allowed two goals" (a thing let
  through, not a concession to a party);
- content not asserted: the "that"-clause of an allegation ("prosecutors alleged that X
  abused …": the allegation is the event, the deed only claimed) and a deed told with
  "allegedly"; the content of a fear, worry or suspicion ("concerns that officials are
  restricting information", "wary of offering concessions"); a clause negated by a
  phrase ("at no time did X agree", "in no way"); an event inside a question that ends
  before the sentence does ("… indicted?" he asked);
- legal steps: "pleaded not guilty" denies the charge (REJECT, not an appeal).
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span, Token

from newsgraph.events.detect import Candidate
from newsgraph.events.gates import figurative_object, priced_offer
from newsgraph.events.lexicon import Trigger
from newsgraph.events.clauses import own_clause
from newsgraph.events.modality import presupposing_question
from newsgraph.events.agents import is_agent
from newsgraph.events.roles import is_party, subject_of

# Words that make a sentence a market report ("the index rallied 2%").
MARKET_RE = re.compile(
    r"\b(?:stocks?|shares?|index|indices|markets?|Sensex|Nifty|Dow|Nasdaq|S&P|FTSE|Nikkei|bonds?|"
    r"yields?|rupee|dollar|euro|yen|currency|prices?|investors?|traders?|points?|percent|%)", re.IGNORECASE)
# What "explodes" when it only grows or flares: "protests exploding", "anger exploded".
FLARING_THINGS = frozenset({
    "protest", "demonstration", "unrest", "anger", "rage", "fury", "outrage", "row", "dispute",
    "debate", "controversy", "scandal", "tension", "crisis", "movement", "rally", "criticism",
    "demand", "interest", "frustration", "discontent", "resentment", "story", "issue",
})
# Verbs whose object "threat" is a danger described: "poses a threat", "represents a threat".
DANGER_VERBS = frozenset({"pose", "represent", "constitute", "present", "remain", "become", "see", "view"})
# Verbs of an allegation: their that-clause is claimed, not asserted.
ALLEGING_VERBS = frozenset({"allege", "claim", "contend", "accuse", "suggest", "speculate", "theorize", "argue"})
# Adverbs that make the deed they modify a claim: "he allegedly raped …".
ALLEGING_ADVERBS = frozenset({"allegedly", "purportedly", "supposedly", "reputedly"})
# Verbs, adjectives and nouns of fear and suspicion: their content is feared, not told
# ("fear that he will demand more", "concerns that officials are restricting information",
# "wary of offering concessions").
HEDGING_HEADS = frozenset({
    "fear", "worry", "concern", "suspect", "suspicion", "doubt", "rumor", "rumour", "speculation",
    "allegation", "wary", "afraid", "worried", "concerned", "anxious", "nervous", "fearful",
    "apprehensive", "suspicious", "leery", "cautious",
})
# Talk about a deed is no deed: "outbursts about blowing up the president", "jokes about invading".
TALK_NOUNS = frozenset({
    "outburst", "joke", "remark", "comment", "talk", "chatter", "fantasy", "rant", "tweet", "musing",
    "speculation", "rumor", "rumour", "story", "meme", "quip",
})
# What one rallies to do in a game: "rallied to beat", "rallied to win the set".
WINNING_VERBS = frozenset({"beat", "win", "defeat", "level", "tie", "draw", "edge", "clinch", "secure",
                           "finish", "close", "force", "overcome", "salvage", "earn", "take", "claim"})
GIVING_LEMMAS = frozenset({"offer", "give", "provide", "bring", "promise", "send"})
# "at no time", "in no way", "under no circumstances", "by no means", "on no account".
NEGATED_OCCASIONS = frozenset({"time", "point", "stage", "moment", "way", "circumstance", "means",
                               "account", "case", "occasion", "sense"})
SENTENCE_END = frozenset({".", "!", "?"})
# Prepositions after "allow" that let someone or something in ("allowed aid into Gaza").
PASSAGE_PREPS = frozenset({"into", "in", "through", "across", "to", "back"})


# A sentence that retells a scene of a film, play or novel: its torture and its crowd's
# cries are fiction ("In the final scene from Braveheart, the hero is tortured ...").
FICTION_SCENE_RE = re.compile(
    r"^\W*In (?:the |a |one )?(?:\w+ )?(?:scene|film|movie|novel|episode|sitcom|miniseries)\b(?! industry)|"
    r"\bscenes? (?:from|in|of) the (?:\w+ )?(?:film|movie|play|novel)\b|"
    r"\b(?:final|opening|closing|climactic|famous|iconic) scene (?:from|of|in) [A-Z]")


def retells_fiction(sent_text: str) -> bool:
    """Whether the sentence retells a scene of a film, a play or a novel."""
    return bool(FICTION_SCENE_RE.search(sent_text))


def is_figure_of_speech(cand: Candidate, sent_text: str) -> bool:
    """The trigger names no event here: a comeback, a market rise, a flare-up, a danger, the reader."""
    tok, lemma = cand.token, cand.token.lemma_.lower()
    if lemma == "rally" and cand.kind != "noun":
        return _comeback(tok) or (not _human_subject(tok) and bool(MARKET_RE.search(sent_text)))
    if lemma == "explode" and cand.kind != "noun":
        subj = tok.head if tok.dep_ == "acl" else subject_of(tok)  # "with protests exploding"
        return subj is not None and any(t.lemma_.lower() in FLARING_THINGS for t in (subj, *subj.conjuncts))
    if lemma == "threat" and cand.kind == "noun":
        return _described_danger(tok)
    if lemma == "threaten" and cand.kind == "verb":
        return _endangers(tok)
    if lemma == "march" and cand.kind == "verb":
        return any(c.dep_ in ("advmod", "prt") and c.lower_ in ("forward", "onward", "onwards") for c in tok.children)
    if lemma in GIVING_LEMMAS and cand.kind != "noun":
        return _to_reader(tok, sent_text) or priced_offer(tok)
    if cand.type == "ASSAULT" and cand.kind == "verb":
        named = any(t.dep_ in ("dobj", "nsubjpass") for t in cand.extra)  # "crushed the uprising": a listed object
        return (not named and figurative_object(tok)) or _advocacy(tok, sent_text)
    if cand.trigger.mode == "investigate":
        return _scholarly(tok)
    if lemma == "allow" and cand.kind != "noun":
        return _thing_let_through(tok)
    return False


# Objects whose threatening is a threat against a person ("threatened his life").
PERSONAL_STAKES = frozenset({"life", "lives", "family", "safety", "children", "wife", "husband"})
# What one threatens to do: "threatened sanctions", "threatened legal action".
THREATENED_DEEDS = frozenset({"action", "sanction", "retaliation", "reprisal", "force", "strike", "war",
                              "violence", "consequence", "step", "measure", "lawsuit", "suit", "boycott",
                              "veto", "tariff", "punishment", "attack", "walkout", "resignation"})


def _endangers(verb: Token) -> bool:
    """"had threatened women's privacy", "the drought threatens the harvest": puts a thing at risk;
    no one is threatened with a deed (no "to …", no "with …", the object is no party)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "with")
                          for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("against", "on") for c in obj.children):
        return False  # "threatened further action against Russia": a deed held out
    return obj.pos_ == "NOUN" and obj.ent_type_ == "" and not is_party(obj) and not is_agent(obj) and \
        obj.lemma_.lower() not in PERSONAL_STAKES | THREATENED_DEEDS


# "fought for affordable housing", "battled for higher wages": striving for a cause, no combat.
STRIVING_LEMMAS = frozenset({"fight", "battle", "struggle"})
# What one fights for in combat: "fought for control of the airport", "for the town".
CONTESTED_THINGS = frozenset({"control", "territory", "town", "city", "village", "hill", "airport", "base",
                              "border", "road", "bridge", "district", "area", "region", "position", "ground",
                              "land", "port", "capital", "survival", "life", "lives"})


def _advocacy(verb: Token, sent_text: str) -> bool:
    """"has fought for affordable housing": a "for" phrase with an aim that is no place or
    stake of combat, and no word of violence in the sentence."""
    if verb.lemma_.lower() not in STRIVING_LEMMAS or VIOLENT_WORDS_RE.search(sent_text):
        return False
    aims = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children if g.dep_ == "pobj"]
    return bool(aims) and all(a.ent_type_ not in ("GPE", "LOC", "FAC") and a.lemma_.lower() not in CONTESTED_THINGS
                              for a in aims)


VIOLENT_WORDS_RE = re.compile(r"\b(?:kill\w*|dead|wound\w*|injur\w*|troops?|soldiers?|gun\w*|rebels?|militants?|"
                              r"army|forces|shell\w*|bomb\w*|clash\w*|artillery|fighters|insurgents?)\b", re.IGNORECASE)


# Fields whose investigations look for causes, not culprits: "epidemiological investigations".
SCHOLARLY_FIELDS = frozenset({
    "epidemiological", "scientific", "medical", "clinical", "academic", "historical", "geological",
    "archaeological", "environmental", "genetic", "statistical", "psychological", "sociological",
    "astronomical", "biological", "chemical", "physical", "technical", "engineering", "market",
})


def _scholarly(tok: Token) -> bool:
    """"epidemiological investigations on people who were exposed": research, no accusation."""
    nouns = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(c.dep_ in ("amod", "compound") and c.lower_ in SCHOLARLY_FIELDS
               for n in nouns for c in n.children)


def _comeback(tok: Token) -> bool:
    """"rallied to beat", "rallied from two sets down", "rallied back": a comeback in a game."""
    for child in tok.children:
        if child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() in WINNING_VERBS:
            return True
        if (child.dep_ == "prep" and child.lower_ == "from") or (child.dep_ in ("prt", "advmod") and child.lower_ == "back"):
            return True
    return False


def _human_subject(tok: Token) -> bool:
    subj = subject_of(tok)
    return subj is not None and (subj.ent_type_ in ("PERSON", "NORP", "GPE") or
                                 (subj.pos_ == "NOUN" and is_party(subj)))


def _described_danger(tok: Token) -> bool:
    """"X is an existential threat to Y", "poses a threat": a danger, nobody threatens."""
    if tok.dep_ in ("attr", "acomp", "appos"):
        return True
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in DANGER_VERBS:
        return True
    return any(c.dep_ == "amod" and c.lower_ == "existential" for c in tok.children)


def _to_reader(tok: Token, sent_text: str) -> bool:
    """"X offers you …", "gives you": an advertisement addressing the reader (not in a quote)."""
    if any(q in sent_text for q in ('"', "“", "”")):
        return False
    return any(c.dep_ in ("dative", "dobj") and c.lower_ == "you" for c in tok.children)


def _thing_let_through(tok: Token) -> bool:
    """"allowed only one shot", "allowed two runs": an object that is no party and no clause after it."""
    kids = list(tok.children)
    if any(c.dep_ in ("xcomp", "ccomp", "oprd") and c.pos_ in ("VERB", "AUX") for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ in PASSAGE_PREPS for c in (*kids, *(k for c in kids for k in c.children))):
        return False
    obj = next((c for c in kids if c.dep_ in ("dobj", "ccomp", "xcomp", "oprd")), None)
    if obj is None or is_party(obj) or obj.ent_type_ in ("PERSON", "NORP", "GPE", "ORG"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        return False  # "allow the return of inspectors": an act with its doers
    return not any(c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ in ("VERB", "AUX") for c in obj.children)


def plea_trigger(cand: Candidate) -> Optional[Trigger]:
    """"pleaded not guilty" (or innocent): the defendant denies the charge, a REJECT."""
    tok = cand.token
    if tok.lemma_.lower() != "plead" or cand.kind == "noun":
        return None
    after = [t.lower_ for t in tok.doc[tok.i + 1:tok.i + 4]]
    if "not" in after and ("guilty" in after or "innocent" in after):
        return Trigger("REJECT", None, "12", cand.trigger.pattern)
    return None


def content_modality(tok: Token, verb: Optional[Token], sent: Span, modality: str) -> str:
    """The modality after the allegation, negating-phrase and embedded-question rules."""
    if modality != "asserted":
        return modality
    clause = verb if verb is not None else tok
    if _negating_phrase(_first_conjunct(clause)) or _denied_relative(clause):
        return "negated"
    if _alleged(clause) or _feared(clause) or _asked(tok, sent) or _wh_infinitive(clause):
        return "hypothetical"
    host = _host_verb(tok) if verb is None else None
    if host is not None and _alleged(host):
        return "hypothetical"  # "argued that the parts were used in air strikes": the strikes are the claim
    if tok.pos_ == "NOUN" and _dated_ahead(tok):
        return "future"  # "ahead of anti-government rallies next month": not held yet
    return modality


AHEAD_WORDS = frozenset({"next", "upcoming", "coming", "forthcoming"})
PERIOD_NOUNS = frozenset({"week", "month", "year", "weekend", "spring", "summer", "fall", "autumn", "winter",
                          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _dated_ahead(noun: Token) -> bool:
    """An event noun dated in the future: "rallies next month", "the upcoming talks", "ahead of
    protests planned for April" (what one acts ahead of has not happened yet)."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ == "ahead" and \
            not any(c.lower_ in ("last", "yesterday", "previous") for c in noun.subtree):
        return True
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ in ("upcoming", "forthcoming"):
            return True
        if child.dep_ in ("npadvmod", "nmod", "compound") and child.lemma_.lower() in PERIOD_NOUNS and \
                any(c.lower_ in AHEAD_WORDS for c in child.children):
            return True
    return False


def _wh_infinitive(clause: Token) -> bool:
    """"how best to prevent it", "whether to impose sanctions": a course weighed, not taken."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    return any(t.tag_ in ("WRB", "WP", "WDT") or t.lower_ == "whether" for c in clause.lefts for t in c.subtree)


def _negating_phrase(clause: Token) -> bool:
    """"at no time did X agree", "in no way", "under no circumstances"."""
    for child in clause.children:
        if child.dep_ == "prep" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in NEGATED_OCCASIONS and
                any(d.dep_ == "det" and d.lower_ == "no" for d in p.children) for p in child.children):
            return True
    return False


def _denied_relative(clause: Token) -> bool:
    """"is not something X agrees with": a relative clause on a negated predicate noun."""
    if clause.dep_ != "relcl":
        return False
    noun = clause.head
    if noun.dep_ != "attr" or noun.head.i == noun.i:
        return False
    return any(c.dep_ == "neg" for c in noun.head.children)


def _first_conjunct(verb: Token) -> Token:
    """The first of conjoined verbs ("did not approve or sign"), which carries their shared modifiers."""
    for _ in range(4):
        if verb.dep_ != "conj" or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX") or \
                own_clause(verb):
            break
        verb = verb.head
    return verb


def _host_verb(noun: Token) -> Optional[Token]:
    """The verb whose prepositional phrase holds an event noun ("used in air strikes" -> used)."""
    node = noun
    for _ in range(3):
        if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _alleged(clause: Token) -> bool:
    """The that-clause of "alleged/claimed that …" (also its conjoined verbs), however deep
    it is reported: "claimed that he was told that X had agreed"."""
    node = _first_conjunct(clause)
    for _ in range(3):
        if node.dep_ != "ccomp" or node.head.i == node.i:
            return False
        if node.head.lemma_.lower() in ALLEGING_VERBS:
            return True
        node = _first_conjunct(node.head)
    return False


def _feared(clause: Token) -> bool:
    """The content of a fear or suspicion, or a deed told with "allegedly"."""
    if any(c.dep_ == "advmod" and c.lower_ in ALLEGING_ADVERBS for c in clause.children):
        return True
    node = _first_conjunct(clause)
    if node.dep_ in ("acomp", "attr") and node.head.lemma_ == "be" and node.head.dep_ == "pcomp":
        node = node.head  # "accuses Cruz of being welcoming to refugees": the charge is "being welcoming"
    head = node.head
    if head.i == node.i:
        return False
    if node.dep_ == "pcomp" and head.lower_ == "of" and head.head.lemma_.lower() in ("accuse", "suspect"):
        return True  # what someone is accused or suspected of is the charge, not a deed told as done
    if node.dep_ == "ccomp" or (node.dep_ in ("acl", "relcl") and _that_clause(node)):
        return _hedging(head)
    if node.dep_ == "pcomp" and head.lower_ in ("of", "about") and head.head.i != head.i:
        if head.lower_ == "about" and head.head.lemma_.lower() in TALK_NOUNS:
            return True  # "outbursts about blowing up X": talk of a deed
        return _hedging(head.head)  # "wary of offering", "worried about losing"
    return False


def _that_clause(verb: Token) -> bool:
    """A clause opened by the conjunction "that" (not a relative clause whose "that" is a role)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _hedging(tok: Token) -> bool:
    return tok.lemma_.lower() in HEDGING_HEADS or tok.lower_ in HEDGING_HEADS


def _asked(tok: Token, sent: Span) -> bool:
    """The trigger stands in a question that ends inside the sentence ("… indicted?” he said)."""
    for t in sent.doc[tok.i + 1:sent.end]:
        if t.text in SENTENCE_END or t.text.endswith("?"):
            return "?" in t.text and not _presupposing(tok, sent)
    return False


def _presupposing(tok: Token, sent: Span) -> bool:
    """The question holding `tok` opens with why/how/when/where: it takes the event as given."""
    start = sent.start
    for t in reversed(sent.doc[sent.start:tok.i]):
        if t.text in ("“", '"', "‘"):
            start = t.i + 1
            break
    return presupposing_question(sent.doc[start:tok.i + 1].text)
