"""Speech acts that carry no content a fact-checker can attribute (used by `sources.refusal`):
- a stance taken toward a party, with the party as the whole object ("Reid defended Cruz",
  "endorsed Trump last week", "vouching for Trump and his family", "attacked Republicans"):
  it says whom, not what ("accused Cruz of …", "criticized him for …", "called him a …" keep
  their words after the object and stay);
- a speech noun with "no" ("made no comment on the ruling", "gave no statement"): nothing said;
- a bare participle or verb opening a headline line with a colon ("Revealed: …", "Watch: …"):
  a kicker, not a report;
- a plan or a case presented as a noun phrase ("laid out the prosecution's case", "outlined
  its plan for cycle lanes", "unveiled a budget"): what was presented is named, nothing is
  claimed (with a clause, "laid out how …", "outlined that …", it stays).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.quotes.sourced import is_line_break

# Stances toward a party: with a bare party object they report backing or opposing, no words.
STANCE_VERBS = frozenset(
    """
    endorse defend back support oppose attack blast slam bash assail condemn denounce repudiate
    challenge vouch hail applaud
    """.split()
)
STANCE_NOUNS = frozenset("endorsement support backing attack attacks defense defence condemnation denunciation".split())
SETTING_PREPOSITIONS = frozenset("in on at during after before since over with".split())  # "endorsed him in February"
PRESENTING_VERBS = frozenset("outline unveil present".split())
PRESENTING_PHRASALS = frozenset({("lay", "out"), ("set", "out")})


def bare_act(doc: Doc, cue: Token, clause: bool, content: tuple[int, int]) -> str:
    """Why the cue reports an act with no words ("" when it may carry some)."""
    if _kicker(doc, cue):
        return "headline-kicker"
    if cue.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in cue.children):
        return "no-statement"  # "made no comment on the ruling", "no mention of": nothing said
    if clause:
        return ""
    stance = STANCE_VERBS if cue.pos_ == "VERB" else STANCE_NOUNS if cue.pos_ == "NOUN" else ()
    if cue.lemma_.lower() in stance and _only_a_party(doc, content):
        return "stance-on-party"
    if cue.pos_ == "VERB" and _presents(cue):
        return "presents-np"
    return ""


def _presents(cue: Token) -> bool:
    """ "outlined its plan", "laid out the case": a verb of presenting (with its particle)."""
    lemma = cue.lemma_.lower()
    if lemma in PRESENTING_VERBS:
        return True
    return any(c.dep_ == "prt" and (lemma, c.lower_) in PRESENTING_PHRASALS for c in cue.children)


def _kicker(doc: Doc, cue: Token) -> bool:
    """ "Revealed: …", "Watch: …": the first word of a line, a verb followed by a colon."""
    if cue.pos_ != "VERB" or cue.i + 1 >= len(doc) or doc[cue.i + 1].text != ":":
        return False
    return cue.i == 0 or is_line_break(doc[cue.i - 1])


def _only_a_party(doc: Doc, content: tuple[int, int]) -> bool:
    """The content names people or groups and nothing about them: proper names, personal
    pronouns and possessives ("Trump and his family", "Republicans", "him"), up to a setting
    ("Trump last week", "Cruz in an interview")."""
    start, end = content
    tokens = list(doc[start:end])
    for t in tokens:
        if t.lower_ in SETTING_PREPOSITIONS or t.ent_type_ in ("DATE", "TIME") and t.head.i <= t.i:
            tokens = [u for u in tokens if u.i < t.left_edge.i]  # "Trump last week"; not "his early-morning tweets"
            break
    heads = [t for t in tokens if t.pos_ in ("NOUN", "PROPN", "PRON", "VERB", "AUX", "ADJ", "NUM")]
    if not heads:
        return False
    return all(_party_word(t) for t in heads)


def _party_word(t: Token) -> bool:
    if t.pos_ == "PRON":
        return t.lower_ not in ("it", "this", "that", "these", "those", "what")
    if t.pos_ == "PROPN":
        return t.ent_type_ not in ("LAW", "WORK_OF_ART", "PRODUCT", "EVENT")
    return t.lower_ in ("family", "wife", "husband", "son", "daughter", "supporters", "allies", "colleagues")
