"""Constructions with a cue word that report nobody's claim, whatever the speaker:
- a cue inside a condition ("if the patient reports no fever, …"): a case, not a statement;
- "think to ask" (remember to do something): no thought content; a cue in the infinitive of
  such a verb is not done;
- "declined to comment on the report": a refusal, nothing said;
- an impersonal passive ("it is alleged he …", "it is believed that …"): no one is named,
  and "it" stands for nobody;
- a naming participle ("a standard called USB4", "a band named Low"): a name, not words;
- a picture showing something ("police released video showing the rescue"): evidence, not a
  source (see `sources.MEDIA_NOUNS`).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

CONDITION_MARKS = frozenset({"if", "unless"})
# Verbs whose infinitive is not done: "did not think to ask about …" reports no words said
# (refusals stay: "refused to endorse Trump" is a stance PolNeAR counts).
UNDONE_HEADS = frozenset({"think"})
REFUSALS = frozenset({"decline", "refuse"})
NAMING_PARTICIPLES = frozenset({"call", "name", "dub", "title", "nickname"})
PICTURE_NOUNS = frozenset("video footage image photo photograph picture scan recording clip".split())
PICTURE_VERBS = frozenset({"show", "reveal", "depict", "capture"})


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
    if speaker is not None and speaker.lower_ == "it" and any(c.dep_ == "auxpass" for c in cue.children):
        return "impersonal-passive"
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and lemma in NAMING_PARTICIPLES and not _has_agent(cue):
        return "naming"
    if cue.dep_ == "acl" and lemma in PICTURE_VERBS and cue.head.lemma_.lower() in PICTURE_NOUNS:
        return "picture-shows"
    return ""


def _infinitive_start(doc: Doc, content: tuple[int, int]) -> bool:
    start, end = content
    return end > start + 1 and doc[start].lower_ == "to" and doc[start + 1].pos_ in ("VERB", "AUX")


def _has_agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)
