"""Games, polls, fiction and campaigns: where the words of violence and protest tell no event.

- competition: "Minnesota beat Buffalo", "fired a shot at the goaltender", "Clinton beats
  Trump by 4 points" are games and polls, not assaults (the sports test runs once per document);
- fiction: a review of a game or a film, whose fights are not news;
- verbal attacks: "attacked each other's policies in the debate" -> ACCUSE;
- campaign rallies: "said at a rally in Louisiana", "stocks rallied".
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from newsgraph.events.agents import physical_or_party, raw_object
from newsgraph.events.detect import Candidate, object_of
from newsgraph.events.kinds import person_under_attack

SPORTS_RE = re.compile(
    r"\b(?:points?|goals?|assists?|rebounds?|saves|innings?|touchdowns?|overtime|playoffs?|season|"
    r"games?|match(?:es)?|tournament|league|championship|coach|goaltender|goalie|quarterback|"
    r"scored|scoring|to score|(?:first|second) half|half-?time|extra time|kick-?off|midfield(?:er)?|"
    r"NBA|NFL|NHL|MLB|FIFA|UEFA|debate stage|striker|goalless|stoppage time|penalty area|"
    r"\d{1,3}(?:st|nd|rd|th) minute)\b|\b\d{1,3}-\d{1,3}\b", re.IGNORECASE)
# Words that make a whole document a sports report (several are needed, of at least two kinds:
# "overtime" alone is a labour story, "assist" alone a car's feature).
SPORTS_DOC_RE = re.compile(
    r"\b(?:goals?|assists?|rebounds?|touchdowns?|innings|overtime|playoffs?|goaltender|goalie|"
    r"quarterback|NBA|NFL|NHL|MLB)\b", re.IGNORECASE)
# A score ("beat them 3-1", "a 91-89 win"): not part of a date ("2018-04-05"), a longer run of
# numbers, or a range with a unit ("24-48 hours", "0-62 mph").
SCORE_RE = re.compile(
    r"(?<![\d.:/-])\b\d{1,3}-\d{1,3}\b(?![.:/-]?\d)(?!-)(?!\s*(?:mph|km|kms|miles?|hours?|hrs|minutes?|mins?|"
    r"seconds?|days?|weeks?|months?|years?|percent|per cent|%|degrees?|°|inch(?:es)?|feet|foot|ft|"
    r"pounds?|lbs?|kg|grams?|g\b|ounces?|oz|cups?|times|people|members|votes?|mm|cm|m\b))")
# A shooting statistic: "shooting 51.2 percent from the field", "shot 7-of-12", "free throws".
SHOOTING_STAT_RE = re.compile(
    r"\bshoot\w*\s+(?:\d[\d.\s]*(?:percent|per cent|%)|\d+-(?:of|for)-\d+)|\bshot\s+\d+-(?:of|for)-\d+|"
    r"\bfrom (?:the field|the floor|three-point range|beyond the arc)|\bfree throws?\b", re.IGNORECASE)
SPORTS_DOC_HITS = 4
SPORTS_DOC_SCORES = 4  # distinct scores that alone make a results page (tennis sets, a league table)
# Words that make a document a review of a video game or film, whose fights are fiction.
FICTION_DOC_RE = re.compile(
    r"\b(?:gameplay|playable|multiplayer|single-player|co-op|PS[345]|PlayStation|Xbox|Nintendo|consoles?|"
    r"DLC|NPCs?|boss(?:es)?|enem(?:y|ies)|difficulty|cutscenes?|open-world|shooter|skill tree|"
    r"protagonist|villain|the sequel|box office|screenplay|trailer|(?:Netflix|HBO|Disney\+) series)\b",
    re.IGNORECASE)
FICTION_MEDIUM_RE = re.compile(r"\b(?:(?:video )?games?|films?|movies?|episodes?|novels?)\b", re.IGNORECASE)
FICTION_DOC_HITS = 4
# A real attack reported in the same text keeps its events ("the gunman had played the game").
VIOLENCE_NEWS_RE = re.compile(r"\b(?:police said|were killed|was killed|died in|injured in|gunman|suspect)\b")
FICTION_TYPES = frozenset({"ASSAULT", "THREATEN", "COERCE", "MOBILIZE"})
CONTEST_RE = re.compile(r"\b(?:polls?|percent|votes?|primary|election|race|nomination|ballot|seats?|won|wins?|winning)\b",
                        re.IGNORECASE)
VIOLENCE_RE = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|shooting|wound(?!\s+(?:up|down))\w*|injur\w*|police|troops?|soldiers?|guns?|gunman|gunmen|weapons?|"
    r"bomb\w*|stabb?\w*|arrest\w*|militants?|rebels?|army|explos\w*|shell\w*|missiles?|rifle|knife)\b",
    re.IGNORECASE)
SPEECH_CONTEXT_RE = re.compile(
    r"\b(?:debate|speech|tweet\w*|Twitter|remarks?|interview|campaign\w*|rhetoric|comments?|"
    r"statement|op-ed|column|personally|verbally|criticis\w*|criticiz\w*|insult\w*|ads?)\b",
    re.IGNORECASE)
# Triggers that, in a game, name a play: "hit some tough shots", "these teams meet again".
SPORT_SENSES = frozenset({"beat", "hit", "shoot", "fire", "strike", "attack", "clash", "battle",
                          "fight", "meet", "visit", "host", "return", "capture", "take", "storm",
                          "target", "demonstrate", "defend", "meeting", "suspension", "suspend",
                          "shot", "offensive", "invasion", "raid", "ambush", "fighting"})
VERBAL_ATTACK_LEMMAS = frozenset({"attack", "assail"})
VERBAL_MODIFIERS = frozenset({"verbal", "political", "personal", "legislative", "rhetorical",
                              "partisan", "legal", "public", "racist", "vicious", "republican",
                              "democratic", "democrat", "gop", "conservative", "liberal", "media"})
PROTEST_CUE_RE = re.compile(
    r"\b(?:protest\w*|against|demand\w*|call(?:ed|ing)? for|oppos\w*|demonstrat\w*|march\w*|chant\w*|"
    r"strike\w*|grievance|outrage|anger|angry)\b", re.IGNORECASE)
CAMPAIGN_RE = re.compile(
    r"\b(?:campaign\w*|candidates?|nominees?|supporters|election|presidential|stocks?|shares|markets?|"
    r"index|prices|investors|traders)\b", re.IGNORECASE)
SETTING_SPEECH = frozenset({"say", "tell", "speak", "declare", "announce", "boast", "joke", "claim", "vow",
                            "promise", "insist", "argue", "add", "warn", "predict", "describe", "call",
                            "introduce", "praise", "mock", "riff", "address", "appear", "deliver", "read",
                            "ask", "urge", "thank", "recall", "remark", "quip", "attend"})


def sports_document(text: str) -> bool:
    """Whether the text reads as a sports report, decided once per document: at least four
    sports words or scores of two kinds or more ("overtime" and a score, "goals" and "playoffs"),
    or four different scores. Dates ("2018-04-05") and ranges with units ("24-48 hours") are
    no scores."""
    kinds = {m.group(0).lower().rstrip("s") for m in SPORTS_DOC_RE.finditer(text)}
    words = len(SPORTS_DOC_RE.findall(text))
    scores = SCORE_RE.findall(text)
    if len(set(scores)) >= SPORTS_DOC_SCORES:
        return True
    return words + len(scores) >= SPORTS_DOC_HITS and len(kinds) + bool(scores) >= 2


def fiction_document(text: str) -> bool:
    """A game or film review ("boss fights", "the player's", "PS4"): its fights are fiction."""
    head = text[:20000]
    return len(FICTION_DOC_RE.findall(head)) >= FICTION_DOC_HITS and \
        len(FICTION_MEDIUM_RE.findall(head)) >= FICTION_DOC_HITS and not VIOLENCE_NEWS_RE.search(head)


def is_competition(cand: Candidate, sent_text: str, sports_doc: bool) -> bool:
    """A win, a shot or a meeting in a game or a poll, not a clash of parties."""
    lemma = trigger_lemma(cand)
    if lemma in ("shoot", "shot", "shooting") and SHOOTING_STAT_RE.search(sent_text):
        return True  # "shooting 51.2 percent from the field" names "shooting", a violence word
    if lemma not in SPORT_SENSES or VIOLENCE_RE.search(sent_text):
        return False
    if sports_doc or SPORTS_RE.search(sent_text):
        return True
    if lemma != "beat" or cand.kind == "noun":
        return False
    obj = object_of(cand.token)
    return bool(CONTEST_RE.search(sent_text)) or (obj is not None and obj.ent_type_ in ("GPE", "ORG"))


def trigger_lemma(cand: Candidate) -> str:
    """The lexicon's word for the trigger (the model's own lemma can be off: "beats" stays "beats")."""
    if cand.kind in ("verb", "frame") and cand.trigger.pattern:
        return cand.trigger.pattern.split()[0]
    return cand.token.lemma_.lower()


def is_verbal_attack(cand: Candidate, sent_text: str) -> bool:
    """"attacked his policies", "attacked Latinos during the debate": criticism, not violence."""
    tok = cand.token
    if cand.kind == "verb" and _retort(tok) and not VIOLENCE_RE.search(sent_text):
        return True  # "fired back at critics", "hit back at the reports"
    if tok.lemma_.lower() not in VERBAL_ATTACK_LEMMAS:
        return False
    if cand.kind == "noun":
        if any(c.dep_ == "amod" and c.lemma_.lower() in VERBAL_MODIFIERS for c in tok.children):
            return True
        if person_under_attack(tok) and not VIOLENCE_RE.search(sent_text):
            return True  # "the senator came under attack from her rivals": criticism
        aimed = raw_object(tok) or (_aimed_at(tok.head) if tok.dep_ == "dobj" else None)
        # "attacks on his loyalty", "deflected attacks on his record"
        return aimed is not None and not physical_or_party(aimed) and not VIOLENCE_RE.search(sent_text)
    if VIOLENCE_RE.search(sent_text):
        return False
    obj = raw_object(tok)
    if obj is not None and not physical_or_party(obj):
        return True
    return bool(SPEECH_CONTEXT_RE.search(sent_text))


RETORT_VERBS = frozenset({"fire", "hit", "strike", "lash", "shoot"})
RETORT_TARGETS = frozenset({"critic", "detractor", "opponent", "rival", "reporter", "journalist", "media", "press",
                            "commentator", "claim", "report", "accusation", "allegation", "remark", "comment",
                            "criticism", "question", "rumor", "rumour", "story"})


def _retort(verb: Token) -> bool:
    """"fired back at critics", "lashed out at the media": answering words, not shooting."""
    if verb.lemma_.lower() not in RETORT_VERBS or \
            not any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "out") for c in verb.children):
        return False
    return any(p.lemma_.lower() in RETORT_TARGETS for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
               for p in c.children if p.dep_ == "pobj")


def _aimed_at(verb: Token) -> Optional[Token]:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def is_campaign_rally(cand: Candidate, sent_text: str, protest_doc: bool) -> bool:
    """A "rally" that is a campaign event or a market rise: no grievance in the sentence, and
    campaign or market words there (or no protest anywhere in the document)."""
    if cand.token.lemma_.lower() != "rally" or PROTEST_CUE_RE.search(sent_text):
        return False
    if _speech_setting(cand.token):
        return True  # "Trump said at a rally in Louisiana": where a speech was given
    return not protest_doc or bool(CAMPAIGN_RE.search(sent_text))


def _speech_setting(tok: Token) -> bool:
    """"described him as kind at a rally", "introduced Trump at rallies", "attended the rally":
    the rally is where someone spoke or was present, told without any grievance."""
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() == "attend"
    return tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.lemma_.lower() in SETTING_SPEECH
