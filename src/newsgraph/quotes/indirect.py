"""Indirect attributions: "X said (that) …", "X vowed to …", "X called for …", "according to X, …".

The scheme is PolNeAR's (attributions of speech, thought and stance), read from the
dependency parse. Candidate tokens are found on token arrays (lemma and lower-case ids
against the lexicon), so only a few tokens per article are looked at. For a cue outside
quotes with a speaker (its subject; "there", "this", "what" … are never speakers):
- a verb of saying, thinking or showing (`INDIRECT_VERBS`) with a clausal complement
  (`ccomp`): the clause, on either side of the verb ("X said the deal is dead" /
  "The deal is dead, X said"), or the sentence around a cue set off by commas
  ("Those voters, his aides say, will …");
- a verb with an infinitive or gerund complement (`xcomp`): "vowed to fight on",
  "urged Congress to act" (the object is part of the content);
- a verb naming its object (`NAMING_VERBS`): "calls Clinton unqualified", "sees X as Y";
- a verb of stance or speech with a direct object (`OBJECT_VERBS`): "criticized the deal";
- a verb or noun with its preposition (`PREPOSITION_CUES`, `NOUN_PREPOSITION_CUES`):
  "called for a ban", "her criticism of the plan"; a noun with a "that"-clause
  (`CONTENT_NOUNS`): "Trump's claim that …";
- "As X reported, …" (an aside with nothing said of its own) gives the main clause after it;
  a that-clause the parse hung on the cue's prepositional object ("told reporters at a
  briefing that …") is still the cue's clause;
- "according to X" and "…, per X, …" give the rest of their sentence (not when they follow
  "Y said," : Y is the source; see `newsgraph.quotes.sourced`); a first line "Name: words" (headline
  style), or a transcript label "TAPPER: words", gives the words;
- a verb with a particle ("pointed out that …", "laid out his plan"), a cue preposition
  opening a clause ("called for the US to act");
- evidence with an agent: "X is seen as Y by voters" (without one, "X appears to …",
  "X is expected to …", `sources.credible` drops it);
- a passive stance verb: "The plan was rejected by the Senate" (the subject is the content);
- a sentence opening with its source: "In a CNN poll, Clinton leads …", "By the AP's
  count, …", "To his critics, …" (yields to a cue inside: "In an interview, X said …").
Object contents run on over what completes them ("refers to the islands as bases") but
not over a setting ("endorsed him in February"). Contents stop at a line break, before a
trailing aside (", which …", ", and he …", ", even as …") and before a second attribution
("…, and most said …", ", calling it …"); a content never lies in another paragraph than
its cue; an attribution whose cue lies inside another's content is dropped (each word
belongs to one attribution); a cue inside its own content is cut out of it
(`content_pieces`). Contents mostly inside quote marks are left to the direct quotes, unless
the clause's subject stands outside the marks ("said the border “remains …”": mixed).
Noun-phrase contents get a lower confidence than clauses.

Every attribution found must pass `sources.credible` (a source, not the writer's own
voice). The word lists were grown from the PolNeAR train split (cue rates per verb and
construction) and pruned where most predictions were wrong; dev is only measured.
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from newsgraph.quotes.attribution import speaker_of
from newsgraph.quotes.sources import credible
from newsgraph.quotes.spans import (
    after_cue_object, fronted_end, fronted_speaker_end, gloss, parallel_end, setting_clause, subjectless_end, trails,
)
from newsgraph.quotes.sourced import MIN_CLAUSE_TOKENS, Indirect, according_to, is_line_break, mostly_quoted, per_source
from newsgraph.quotes.sourced import quoted_after_lead, trim
from newsgraph.quotes.lexicon import (
    COMMUNICATION_NOUNS,
    CONTENT_NOUNS,
    INDIRECT_VERBS,
    INFINITIVE_VERBS,
    NAMING_VERBS,
    NOUN_PREPOSITION_CUES,
    OBJECT_VERBS,
    PERSON_NOUNS,
    PREPOSITION_CUES,
    SEEM_VERBS,
    SOURCE_OPENERS,
    STANCE_ADJECTIVES,
)

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
NOT_SPEAKERS = frozenset({"there", "this", "that", "what", "which"})
PASSIVE_REPORT_VERBS = frozenset({"expect", "say", "believe", "think", "report", "know", "rumor", "rumour", "see", "consider"})
TRAILING_SUBORDINATORS = frozenset({"even", "although", "though", "as", "whereas"})
SPEECH_CUE_LEMMAS = frozenset(
    "say tell add argue claim insist note warn predict suggest believe think contend acknowledge admit explain "
    "complain call describe praise criticize accuse blame urge vow promise propose announce deny reject endorse "
    "support defend oppose condemn cite".split()
)
PHRASAL_CONTENT_CUES = frozenset(
    {("point", "out"), ("spell", "out"), ("lay", "out"), ("call", "out"), ("set", "out"), ("rule", "out"), ("play", "down")}
)
ANSWER_WORDS = frozenset({"yes", "no", "so"})  # "56 percent said yes"
PERSON_OBJECTS = frozenset({"her", "him", "them"})  # "voters backed her"; not "it", "this"
# Prepositions of time and place: "endorsed him in February" ends the content before them.
SETTING_PREPOSITIONS = frozenset({"during", "at", "in", "after", "before", "until", "following", "since", "while"})
COMPLETING_DEPS = frozenset({"oprd", "xcomp", "advmod", "npadvmod", "advcl", "ccomp", "dative"})


def _hashes(words: frozenset[str] | set[str]) -> np.ndarray:
    """spaCy's string ids for the words (as written and capitalised), to scan token arrays."""
    ids = StringStore()
    return np.array(sorted({ids[w] for w in words} | {ids[w.title()] for w in words}), dtype=np.uint64)


_VERB_LEMMAS = (
    INDIRECT_VERBS | OBJECT_VERBS | INFINITIVE_VERBS | NAMING_VERBS | SEEM_VERBS | PASSIVE_REPORT_VERBS
    | {verb for verb, _ in PREPOSITION_CUES} | {verb for verb, _ in PHRASAL_CONTENT_CUES}
)
_NOUN_LEMMAS = CONTENT_NOUNS | {noun for noun, _ in NOUN_PREPOSITION_CUES}
_LEMMA_HASHES = _hashes(_VERB_LEMMAS | _NOUN_LEMMAS | STANCE_ADJECTIVES)
_WORD_HASHES = _hashes({"according", ":", "per"})
_OPENER_HASHES = _hashes(set(SOURCE_OPENERS))


def find_indirect(doc: Doc, quoted: Sequence[bool]) -> list[Indirect]:
    """Every indirect attribution of the doc, in text order, at most one per cue verb."""
    found = []
    for i in _candidates(doc):
        if quoted[i]:
            continue
        token = doc[i]
        if token.text == ":":
            item = _headline_colon(doc, i, quoted)
        elif token.lower_ == "according":
            item = according_to(doc, token) if i + 1 < len(doc) and doc[i + 1].lower_ == "to" else None
        elif token.lower_ == "per":
            item = per_source(doc, token)
        elif token.lower_ in SOURCE_OPENERS:
            item = _source_opener(doc, token, quoted)
        elif token.pos_ == "NOUN":
            item = _noun_attribution(doc, token, quoted) or _mistagged_verb(doc, token, quoted)
        elif token.pos_ == "ADJ":
            item = _stance_attribution(doc, token, quoted)
        elif token.lemma_.lower() in SEEM_VERBS or _passive_report(token):
            item = _appearance(doc, token, quoted)
        elif token.dep_ != "amod":
            item = _verb_attribution(doc, token, quoted)
        else:
            item = None
        if item is not None and credible(doc, doc[item.cue[0]], item.speaker, item.clause, item.content, quoted):
            found.append(item)
    found.sort(key=lambda item: item.content)
    return _one_per_content(doc, _outermost(found))


def _one_per_content(doc: Doc, items: list[Indirect]) -> list[Indirect]:
    """Of two attributions of the very same words ("As Dr. Roe noted, X, according to a
    study"), the one whose cue is a verb of its speaker: "according to"/"per" gives way."""
    by_content: dict[tuple[int, int], Indirect] = {}
    for item in items:
        other = by_content.get(item.content)
        if other is None or doc[other.cue[0]].lower_ in ("according", "per"):
            by_content[item.content] = item
    return sorted(by_content.values(), key=lambda item: item.content)


def content_pieces(doc: Doc, item: Indirect) -> list[tuple[int, int]]:
    """The content's token ranges without the cue, with its auxiliaries and a speaker just
    before it, when they sit inside ("Many closures, he said, have …", "X is expected to win")."""
    start, end = item.content
    cue_start, cue_end = item.cue
    if not start < cue_start < cue_end < end:
        return [item.content]
    lo, head = cue_start, doc[cue_start]
    while lo - 1 > start and doc[lo - 1].head.i == head.i and doc[lo - 1].dep_ in ("aux", "auxpass", "neg", "advmod"):
        lo -= 1
    speaker = item.speaker
    if speaker is not None and start < speaker.left_edge.i and speaker.right_edge.i < lo:
        if all(t.is_punct or t.head.i == head.i for t in doc[speaker.right_edge.i + 1 : lo]):
            lo = speaker.left_edge.i
    pieces = (trim(doc, start, lo), trim(doc, cue_end, end))
    return [(s, e) for s, e in pieces if e > s]


def _candidates(doc: Doc) -> list[int]:
    """Indices of the tokens worth a look, found on arrays (no Python loop over all tokens):
    lexicon verbs and nouns, "according", colons and source prepositions opening a sentence."""
    if len(doc) == 0:
        return []
    arr = doc.to_array(["LEMMA", "LOWER"])
    wanted = np.isin(arr[:, 0], _LEMMA_HASHES) | np.isin(arr[:, 1], _WORD_HASHES)
    wanted |= np.isin(arr[:, 1], _OPENER_HASHES) & (doc.to_array("SENT_START") == 1)
    return [i for i in np.flatnonzero(wanted).tolist() if _worth_a_look(doc[i])]


def _worth_a_look(token: Token) -> bool:
    if token.lower_ in ("according", ":", "per") or token.lower_ in SOURCE_OPENERS:
        return True
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        return lemma in _VERB_LEMMAS and not _adjectival(token)
    if token.pos_ == "ADJ":
        return lemma in STANCE_ADJECTIVES and token.dep_ == "acomp"
    return token.pos_ == "NOUN" and (lemma in _NOUN_LEMMAS or token.dep_ == "ROOT" and lemma in _VERB_LEMMAS)


def _mistagged_verb(doc: Doc, noun: Token, quoted: Sequence[bool]) -> Optional[Indirect]:
    """ "CBO projects that …", "The group state that …": a cue verb the tagger took for a
    noun, left as the sentence's root with the real subject as its compound and a
    that-clause after it."""
    if noun.dep_ != "ROOT" or noun.lemma_.lower() not in _VERB_LEMMAS:
        return None
    subject = next((c for c in reversed(list(noun.lefts)) if c.dep_ == "compound"), None)
    clause = next((c for c in noun.rights if c.dep_ in ("ccomp", "advcl", "acl", "relcl") and _is_that(c)), None)
    if subject is None or clause is None or quoted[subject.i]:
        return None
    start, end = trim(doc, clause.left_edge.i, _clip(doc, noun, clause.left_edge.i, clause.right_edge.i + 1))
    if end - start < MIN_CLAUSE_TOKENS or mostly_quoted(quoted, start, end):
        return None
    return Indirect((noun.i, noun.i + 1), (start, end), subject, True)


def _is_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i == clause.left_edge.i for c in clause.children)


# Verbs of publishing whose object is often a result ("posted a record profit", "posted
# a triple-double"): their noun-phrase content must be a message or a claim noun.
RESULT_VERBS = frozenset({"post"})
VAGUE_QUANTIFIERS = frozenset("most many all some any several numerous".split())
READINESS_ADJECTIVES = frozenset("willing reluctant eager ready unwilling loath keen".split())
NOMINAL_DEPS = frozenset({"dobj", "pobj", "compound", "amod"})


def _adjectival(verb: Token) -> bool:
    """A participle the parse took for a verb that modifies a noun: "said civilisation"
    (parsed as an object, or after a verb: "to find said civilisation"), "Stadia's
    recommended console" (after a possessive)."""
    if verb.dep_ in NOMINAL_DEPS:
        return True
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.dep_ == "case" and before.lower_ in ("'s", "’s"):
        return True
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    # "only to find said civilisation …", "the said property": "said" as a determiner
    if verb.lower_ != "said" or before is None or after is None or after.pos_ != "NOUN":
        return False
    auxiliary = before.lemma_.lower() in ("have", "be", "do") or before.tag_ == "MD"  # "has said tariffs …"
    return before.pos_ in ("VERB", "DET", "ADP") or (before.pos_ == "AUX" and not auxiliary)


def _stance_attribution(doc: Doc, adj: Token, quoted: Sequence[bool]) -> Optional[Indirect]:
    """ "X is critical of Y", "X is confident that …": the complement, X the speaker."""
    content = None
    for child in adj.rights:
        if child.dep_ == "xcomp" and adj.lemma_.lower() in READINESS_ADJECTIVES:
            return None  # "they are reluctant to act": a disposition the writer sees, no one's words
        if child.dep_ in ("ccomp", "xcomp"):
            content = (child.left_edge.i, child.right_edge.i + 1, True)
        elif child.dep_ == "prep" and child.i == adj.i + 1:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                content = (obj.left_edge.i, obj.right_edge.i + 1, False)
        if content is not None:
            break
    if content is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in adj.head.children):
        return None  # "Be sure to visit …": an imperative addresses the reader
    start, end = trim(doc, content[0], _clip(doc, adj, content[0], content[1]))
    if end - start < (MIN_CLAUSE_TOKENS if content[2] else 1) or mostly_quoted(quoted, start, end):
        return None
    speaker = speaker_of(adj.head, _window(doc, adj.head.i), quoted)
    if speaker is None or speaker.lower_ in NOT_SPEAKERS:
        return None
    cue_start = adj.head.i if adj.head.i < adj.i else adj.i
    return Indirect((cue_start, adj.i + 1), (start, end), speaker, content[2])


def _headline_colon(doc: Doc, i: int, quoted: Sequence[bool]) -> Optional[Indirect]:
    """Headline style "Issa: Clinton's honesty is in question": a first line opening with a
    name and a colon attributes the rest of the line to that name."""
    start = i
    while start > 0 and i - start <= 5 and not is_line_break(doc[start - 1]):
        start -= 1
    if start > 0 and not is_line_break(doc[start - 1]):
        return None
    name = doc[start:i]
    if not 0 < len(name) <= 5 or not _names_a_source(name):
        return None
    if any(not doc[j].is_space for j in range(start)) and not _transcript_speaker(name):
        return None  # below the headline, "Iowa: …", "Q: …", section heads are no attributions
    end = i + 1
    while end < len(doc) and not is_line_break(doc[end]):
        end += 1
    c_start, c_end = trim(doc, i + 1, end)
    if c_end - c_start < MIN_CLAUSE_TOKENS or not _has_finite_verb(doc, c_start, c_end):
        return None  # "Jane Doe: Possession of …, theft": a list line, not words said
    return Indirect((i, i + 1), (c_start, c_end), name.root)


def _has_finite_verb(doc: Doc, start: int, end: int) -> bool:
    """A clause, not a noun list: some finite verb or modal ("is", "said", "will")."""
    return any(doc[j].tag_ in FINITE_TAGS for j in range(start, end))


def _transcript_speaker(name) -> bool:
    """A speaker label in a transcript: "TAPPER:", "Donald Trump:" (a person, not a place or "Q")."""
    if any(t.ent_type_ in ("GPE", "LOC") for t in name):
        return False
    shouted = all(t.is_upper and len(t.text) > 1 for t in name if t.is_alpha)
    return shouted or all(t.ent_type_ == "PERSON" for t in name)


def _names_a_source(name) -> bool:
    """ "Issa", "Clinton camp", "Poll": capitalised words (a common noun may follow a name)."""
    if not (name[0].is_title or name[0].ent_type_ in ("PERSON", "ORG", "NORP")) or name[0].pos_ == "DET":
        return False
    if len(name) == 1 and name[0].pos_ == "NOUN":
        return True  # "Poll:", "Report:"
    if not all(t.is_title or t.ent_type_ in ("PERSON", "ORG", "NORP") or t.pos_ == "NOUN" or t.is_punct for t in name):
        return False
    return any(t.ent_type_ in ("PERSON", "ORG", "NORP") or t.pos_ == "PROPN" for t in name)


def _window(doc: Doc, i: int) -> list[Token]:
    """The tokens near a cue, within its line: where a speaker may be found without the parse."""
    lo, hi = i, i + 1
    while lo > 0 and i - lo < 6 and not is_line_break(doc[lo - 1]):
        lo -= 1
    while hi < len(doc) and hi - i < 7 and not is_line_break(doc[hi]):
        hi += 1
    return [doc[j] for j in range(lo, hi)]


def _outermost(items: list[Indirect]) -> list[Indirect]:
    """Drop attributions whose cue lies inside another one's content: "X insisted that he
    never said Y" is X's attribution (each word belongs to one attribution)."""
    kept = [item for item in items if not (item.yields and any(_holds_cue(item, o) for o in items))]
    return [item for item in kept if not any(_holds_cue(o, item) for o in kept)]


def _holds_cue(outer: Indirect, inner: Indirect) -> bool:
    return outer is not inner and outer.content[0] <= inner.cue[0] < outer.content[1]


def _verb_attribution(doc: Doc, verb: Token, quoted: Sequence[bool]) -> Optional[Indirect]:
    content = _content_of(verb)
    if content is None:
        return _passive_object(doc, verb, quoted)
    start, end, clause = content
    start, end = trim(doc, start, _clip(doc, verb, start, subjectless_end(doc, end)))
    if end - start < (_min_clause(doc, start) if clause else 1):
        return None
    if start <= verb.i < end and verb.dep_ not in ("parataxis", "advcl"):
        return None
    if mostly_quoted(quoted, start, end) and not (clause and quoted_after_lead(doc, quoted, start, end)):
        return None
    if _across_paragraphs(doc, verb.i, start, end):
        return None
    speaker = speaker_of(verb, _window(doc, verb.i), quoted)
    if speaker is None or speaker.lower_ in NOT_SPEAKERS:
        return None
    end = fronted_speaker_end(speaker, start, end) if end <= verb.i else end
    if start <= speaker.i < end and not start <= verb.i < end:
        speaker = None  # a guess from the words inside the content: no speaker rather than a wrong one
    return Indirect((verb.i, _cue_end(verb)), (start, end), speaker, clause)


def _passive_object(doc: Doc, verb: Token, quoted: Sequence[bool]) -> Optional[Indirect]:
    """ "The plan was rejected by the Senate", "Pigs are deemed unclean", "the wall proposed
    by Trump": the subject or the noun described (with what it is named) is the content,
    the agent the speaker."""
    lemma = verb.lemma_.lower()
    if lemma not in OBJECT_VERBS and lemma not in NAMING_VERBS:
        return None
    subject: Optional[Token]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i and any(c.dep_ == "agent" for c in verb.rights):
        subject, end = verb.head, verb.i
    else:
        subject = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
        end = subject.right_edge.i + 1 if subject is not None else 0
    if subject is None or subject.lower_ in NOT_SPEAKERS or quoted[subject.i]:
        return None
    named = next((c for c in verb.rights if _names(c) or (c.dep_ == "prep" and c.lower_ in ("for", "of", "over"))), None)
    if named is not None:
        end = named.right_edge.i + 1  # "is deemed unclean", "was criticized for failing …"
    elif lemma not in OBJECT_VERBS:
        return None  # "votes were cast": a naming verb names nothing here
    start, end = trim(doc, subject.left_edge.i, end)
    if start >= end or mostly_quoted(quoted, start, end) or _across_paragraphs(doc, verb.i, start, end):
        return None
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    speaker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return Indirect((verb.i, verb.i + 1), (start, end), speaker, clause=False)


def _min_clause(doc: Doc, start: int) -> int:
    """Fewest tokens of a clause content: two for an infinitive ("declined to comment")."""
    return 2 if doc[start].lower_ == "to" else MIN_CLAUSE_TOKENS


def _across_paragraphs(doc: Doc, cue: int, start: int, end: int) -> bool:
    """A content in another paragraph than its cue (a parse run across a line break)."""
    if end <= cue:
        return any(is_line_break(doc[j]) for j in range(end, cue))
    if start > cue:
        return any(is_line_break(doc[j]) for j in range(cue + 1, start))
    return False


def _noun_attribution(doc: Doc, noun: Token, quoted: Sequence[bool]) -> Optional[Indirect]:
    """ "Trump's claim that …", "X issued a warning that …": the clause, the possessor or the
    subject of the verb governing the noun as speaker (None when the text names nobody)."""
    content = _noun_content(noun)
    if content is None:
        return None
    start, end = trim(doc, content[0], _clip(doc, noun, content[0], content[1]))
    if end - start < (MIN_CLAUSE_TOKENS if content[2] else 1) or mostly_quoted(quoted, start, end):
        return None
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if speaker is None and noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        speaker = speaker_of(noun.head, _window(doc, noun.head.i), quoted)
    elif speaker is None and noun.dep_ == "appos":
        speaker = noun.head  # "Mr. Ryan, a vocal advocate of trade deals"
    if speaker is not None and (speaker.lower_ in NOT_SPEAKERS or quoted[speaker.i]):
        speaker = None
    cue_end = noun.i + 2 if content[3] else noun.i + 1
    return Indirect((noun.i, cue_end), (start, end), speaker, clause=content[2])


def _noun_content(noun: Token) -> Optional[tuple[int, int, bool, bool]]:
    """(start, end, is_clause, has_preposition) of a noun's content: "claim that …",
    "attacks on the process"; None for other nouns."""
    lemma = noun.lemma_.lower()
    if lemma in CONTENT_NOUNS:
        clause = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp") and _is_that_or_to(c)), None)
        if clause is not None:
            return clause.left_edge.i, clause.right_edge.i + 1, True, False
    for prep in noun.rights:
        if prep.dep_ == "prep" and (lemma, prep.lower_) in NOUN_PREPOSITION_CUES and prep.i == noun.i + 1:
            obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and not _physical_attack(noun, obj):
                return obj.left_edge.i, obj.right_edge.i + 1, False, True
    return None


# "a cruise missile attack on a plant", "shots at a convoy": blows, not words.
WEAPON_WORDS = frozenset({
    "missile", "cruise", "drone", "rocket", "air", "aerial", "terror", "terrorist", "military", "suicide",
    "bomb", "armed", "chemical", "knife", "gun", "mortar", "artillery", "sniper", "grenade", "arson",
    "acid", "deadly", "fatal", "violent", "ballistic", "naval", "ground", "cyber", "shelling", "strike",
})
PHYSICAL_OBJECTS = frozenset({
    "plant", "factory", "site", "base", "facility", "city", "town", "village", "convoy", "building", "school",
    "hospital", "station", "port", "airport", "bridge", "depot", "refinery", "infrastructure", "position",
    "camp", "embassy", "checkpoint", "ship", "vessel", "tanker", "train", "bus", "car", "home", "house",
})


def _physical_attack(noun: Token, obj: Token) -> bool:
    """Whether a noun cue like "attack on" names a blow rather than criticism."""
    if noun.lemma_.lower() not in ("attack", "assault", "shot", "strike", "swipe"):
        return False
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in WEAPON_WORDS for c in noun.children):
        return True
    return obj.ent_type_ in ("GPE", "LOC", "FAC") or _inner_noun(obj).lemma_.lower() in PHYSICAL_OBJECTS


def _inner_noun(obj: Token) -> Token:
    """"one of Russia's principal sites" -> sites."""
    if obj.lower_ in ("one", "some", "many", "several", "most", "part", "each") or obj.pos_ == "NUM":
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((c for c in prep.children if c.dep_ == "pobj"), obj)
    return obj


def _is_that_or_to(clause: Token) -> bool:
    return any(c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to") and c.i < clause.i for c in clause.children)


def _parenthetical(doc: Doc, verb: Token) -> Optional[tuple[int, int, bool]]:
    """A cue set off by commas: "Those voters, his aides say, will …" (the whole sentence)
    or "…, said the company's chief." (the sentence before the comma)."""
    if verb.dep_ not in ("parataxis", "advcl", "ROOT"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    sent = verb.sent
    if subject.i < verb.i:
        start, end = subject.left_edge.i, verb.i + 1
        if start <= sent.start or doc[start - 1].text != "," or end >= sent.end or doc[end].text not in (",", ".", ";"):
            return None
        if doc[end].text == "," and not (end + 1 < sent.end and doc[end + 1].lower_ == "according"):
            return sent.start, sent.end, True
        return sent.start, start - 1, True  # "…, X said." / "…, X said, according to Y.
    if verb.i - 1 > sent.start and doc[verb.i - 1].text == "," and subject.right_edge.i + 1 >= sent.end - 1:
        return sent.start, verb.i - 1, True
    return None


def _names(child: Token) -> bool:
    """The complement that names the object: "calls Clinton unqualified", "sees Cruz as a uniter"."""
    return child.dep_ in ("oprd", "xcomp") or (child.dep_ == "prep" and child.lower_ == "as")


def _passive_report(verb: Token) -> bool:
    """ "X is expected to win", "Y is said to be …": reported without a named source."""
    return verb.lemma_.lower() in PASSIVE_REPORT_VERBS and any(c.dep_ == "auxpass" for c in verb.children)


def _appearance(doc: Doc, verb: Token, quoted: Sequence[bool]) -> Optional[Indirect]:
    """ "Kasich appears to have the state to himself", "X seemed unperturbed", "X is expected
    to win", "it appears that …": the subject with the complement, the speaker only when
    named by an agent ("is seen as a uniter by voters")."""
    comp = next((c for c in verb.rights if _appearance_complement(c)), None)
    if comp is None or (verb.dep_ == "relcl" and verb.lemma_.lower() in SEEM_VERBS):
        return None  # "…, which seems …": a writer's aside more often than evidence
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or (comp.dep_ == "ccomp" and subject.lower_ == "it"):
        start = comp.left_edge.i
    else:
        start = subject.left_edge.i
    start, end = trim(doc, start, _clip(doc, verb, verb.i, comp.right_edge.i + 1))
    if end - start < MIN_CLAUSE_TOKENS or mostly_quoted(quoted, start, end) or _across_paragraphs(doc, verb.i, start, end):
        return None
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    speaker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return Indirect((verb.i, verb.i + 1), (start, end), speaker, clause=comp.dep_ in ("xcomp", "ccomp"))


def _appearance_complement(child: Token) -> bool:
    """What an appearance says: "to win", "unperturbed", "a threat", "that …", "like a winner"."""
    return child.dep_ in ("xcomp", "acomp", "attr", "oprd", "ccomp") or (child.dep_ == "prep" and child.lower_ in ("like", "as"))


def _subject_taken_as_object(clause: Token, children: list[Token]) -> int:
    """Start of a reported clause whose subject the parse hung on the cue as its object
    ("added [the exact cause of the fire] remained unclear"), or of a relative clause the
    parse took for the reported one ("reported [wait times] that exceeded two hours"): the
    noun's first word."""
    start = clause.left_edge.i
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    if subjects and not (subjects[0].i == start and subjects[0].lower_ in ("that", "which", "who")):
        return start
    for child in sorted((c for c in children if c.i < start), key=lambda c: -c.i):
        if child.dep_ not in ("dobj", "npadvmod") or child.right_edge.i + 1 != start or child.ent_type_ in ("DATE", "TIME"):
            break  # "testifying Tuesday who …": a date is no noun of the content
        start = child.left_edge.i  # "telephone" + "wait times": the whole noun phrase
    return start


def _content_of(verb: Token) -> Optional[tuple[int, int, bool]]:
    """(start, end, is_clause) of the verb's attributed content, or None."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if lemma in INDIRECT_VERBS:
        aside = _as_aside(verb, children)
        if aside is not None:
            return aside
        clause = _reported_clause(verb, children)
        if clause is not None:
            return _subject_taken_as_object(clause, children), _clause_end(verb, clause), True
        around = _parenthetical(verb.doc, verb)
        if around is not None:
            return around
    answer = next((c for c in children if c.i == verb.i + 1 and c.lower_ in ANSWER_WORDS), None)
    if answer is not None and lemma in ("say", "answer", "reply"):
        return answer.i, answer.i + 1, False  # "most said so"
    phrasal = _phrasal_content(verb, lemma, children)
    if phrasal is not None:
        return phrasal
    if lemma in INFINITIVE_VERBS or lemma in OBJECT_VERBS or lemma in INDIRECT_VERBS:
        inf = next((c for c in children if c.i > verb.i and (c.dep_ == "xcomp" or _infinitive_clause(c))), None)
        if inf is not None:
            obj = next((c for c in children if c.dep_ == "dobj" and c.i < inf.i), None)
            first = obj if obj is not None else inf
            return first.left_edge.i, parallel_end(verb, inf.right_edge.i + 1), True
    if lemma in NAMING_VERBS:
        obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
        named = next((c for c in children if obj is not None and _names(c) and c.i > obj.i), None)
        if obj is not None and named is not None:
            return obj.left_edge.i, named.right_edge.i + 1, False
    if lemma in OBJECT_VERBS:
        obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is not None and lemma in RESULT_VERBS and obj.lemma_.lower() not in COMMUNICATION_NOUNS | CONTENT_NOUNS:
            return None  # "posted a triple-double": a result, not a message
        if obj is not None and (obj.pos_ != "PRON" or obj.lower_ in PERSON_OBJECTS):
            return obj.left_edge.i, parallel_end(verb, _object_end(verb, obj)), False
    for prep in children:
        if prep.dep_ == "prep" and prep.i > verb.i and (lemma, prep.lower_) in PREPOSITION_CUES:
            obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj.left_edge.i, parallel_end(verb, _object_end(verb, prep)), False
    return _preposition_clause(verb, lemma)


def _as_aside(verb: Token, children: list[Token]) -> Optional[tuple[int, int, bool]]:
    """ "As Jane Roe reports for NPR, the first cases came to light …": a saying verb in an
    "as"-clause opening the sentence, with a subject and nothing said of its own, reports the
    main clause after it."""
    mark = next((c for c in children if c.dep_ == "mark" and c.lower_ == "as" and c.i == verb.left_edge.i), None)
    if mark is None or verb.dep_ != "advcl" or verb.head.i < verb.i:
        return None
    if not any(c.dep_ == "nsubj" for c in children) or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children):
        return None
    doc, main = verb.doc, verb.head
    start, end = verb.right_edge.i + 1, main.right_edge.i + 1
    for child in main.rights:  # "…, when authorities announced …": a clause of its own
        if child.dep_ in ("advcl", "relcl") and doc[child.left_edge.i - 1].text == ",":
            end = min(end, child.left_edge.i - 1)
    if start >= end or doc[start].text != ",":
        return None
    return start + 1, end, True


def _reported_clause(verb: Token, children: list[Token]) -> Optional[Token]:
    """The verb's clausal complement in its own paragraph; of two ("“…,” X said the deal is
    dead": the parse hangs the quote on the verb too), the one after the verb."""
    doc = verb.doc
    clauses = [
        c for c in children
        if c.dep_ == "ccomp" and not _across_paragraphs(doc, verb.i, c.left_edge.i, c.right_edge.i + 1)
        and not after_cue_object(verb, c, PREPOSITION_CUES)
    ]
    if not clauses:
        return _misattached_that_clause(verb)
    return next((c for c in clauses if c.i > verb.i), clauses[0])


def _misattached_that_clause(verb: Token) -> Optional[Token]:
    """ "told reporters at a press conference that the airline will …": the parse hung the
    that-clause on the preposition's noun as a relative clause; a relative clause never opens
    with "that" as a conjunction (mark), so it is the verb's reported clause."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for obj in prep.children:
            clause = next((c for c in obj.children if c.dep_ in ("relcl", "acl") and c.i > obj.i and _is_that(c)), None)
            if obj.dep_ == "pobj" and clause is not None and not _across_paragraphs(verb.doc, verb.i, clause.left_edge.i, clause.right_edge.i + 1):
                return clause
    return None


def _phrasal_content(verb: Token, lemma: str, children: list[Token]) -> Optional[tuple[int, int, bool]]:
    """ "pointed out that …", "laid out his vision": the clause or object after the particle."""
    prt = next((c for c in children if c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_CONTENT_CUES), None)
    if prt is None:
        return None
    for child in children:
        if child.i > prt.i and child.dep_ in ("ccomp", "dobj"):
            return child.left_edge.i, child.right_edge.i + 1, child.dep_ == "ccomp"
    return None


def _preposition_clause(verb: Token, lemma: str) -> Optional[tuple[int, int, bool]]:
    """ "called for the US to step up its efforts": the clause opened by the cue's preposition."""
    if verb.i + 1 >= len(verb.doc):
        return None
    prep = verb.doc[verb.i + 1]
    clause = prep.head
    if prep.dep_ != "mark" or (lemma, prep.lower_) not in PREPOSITION_CUES or clause.head.i != verb.i:
        return None
    return prep.i + 1, clause.right_edge.i + 1, True


def _infinitive_clause(child: Token) -> bool:
    """ "want all immigrants to be deported": a clause with its own subject and "to"."""
    return child.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)


def _clause_end(verb: Token, clause: Token) -> int:
    """End of a reported clause, with a second one joined to the verb ("said A, but that B")."""
    end = fronted_end(verb, clause.right_edge.i + 1)
    for child in verb.rights:
        if child.i < end:
            continue
        if child.dep_ in ("conj", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            end = child.right_edge.i + 1
        elif child.dep_ == "ccomp" and child.left_edge.i == end:  # "give police notice that …": one clause
            end = child.right_edge.i + 1
        elif child.dep_ == "advcl" and child.tag_ == "VBG" and _continues_clause(child, end):
            end = child.right_edge.i + 1
    return _second_that_clause(verb.doc, end)


def _second_that_clause(doc: Doc, end: int) -> int:
    """ "said A, and that B": carry on over a second "that"-clause the parse hung elsewhere."""
    i = end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ in ("and", "but") and doc[i + 1].lower_ == "that" and doc[i + 1].dep_ == "mark":
        return max(end, doc[i + 1].head.right_edge.i + 1)
    return end


def _continues_clause(participle: Token, end: int) -> bool:
    """ "…, choosing instead to …" right after the clause, and not a new cue ("…, adding …")."""
    doc = participle.doc
    gap = doc[end : participle.left_edge.i]
    return all(t.is_punct for t in gap) and participle.lemma_.lower() not in INDIRECT_VERBS


def _object_end(verb: Token, obj: Token) -> int:
    """End of an object content, with what completes it ("X as Y", "X for Y", "X 16 points
    ahead"), also after a comma, up to a setting ("in February")."""
    end = obj.right_edge.i + 1
    for child in verb.rights:
        if child.i < end:
            continue
        gap = child.left_edge.i - end
        if gap > 1 or (gap == 1 and verb.doc[end].text != ","):
            break
        if setting_clause(child):
            break  # "mentioned the devil to me while driving": when it was said, not what
        if child.dep_ in COMPLETING_DEPS or (child.dep_ == "prep" and child.lower_ not in SETTING_PREPOSITIONS):
            end = child.right_edge.i + 1
        else:
            break
    return end


def _clip(doc: Doc, verb: Token, start: int, end: int) -> int:
    """Cut a content at a line break, and before a trailing aside the writer adds: a
    non-restrictive relative clause (", which …") or ", and he …" going on about the speaker."""
    for i in range(start, end):
        token = doc[i]
        if token.is_space and "\n" in token.text:
            return i
        if i > start + 1 and token.i != verb.i:
            cut = _next_attribution(doc, start, i)
            if cut is not None:
                return cut
        if i > start and token.text == "," and i + 1 < end:
            nxt = doc[i + 1]
            if nxt.lower_ in ("which", "who") and gloss(nxt, verb, end):
                return i
            if nxt.dep_ == "cc" and i + 2 < end and doc[i + 2].lower_ in ("he", "she", "they"):
                return i
            if nxt.lower_ == "according":
                return i
            if nxt.head.dep_ == "appos" and nxt.head.head.i < i and trails(nxt.head, end):
                return i  # "…, a plan the Manhattan billionaire …": the writer's gloss
            if nxt.tag_ == "VBG" and nxt.dep_ == "advcl" and nxt.lemma_.lower() in SPEECH_CUE_LEMMAS:
                return i  # ", calling them …", ", adding …": the writer's next attribution
            if nxt.lower_ in TRAILING_SUBORDINATORS and nxt.dep_ in ("mark", "advmod") and nxt.head.dep_ == "advcl" and trails(nxt.head, end):
                return i
    return end


def _next_attribution(doc: Doc, start: int, i: int) -> Optional[int]:
    """Where a second attribution joined by "and"/"but" begins inside a content ("X said A,
    and more than 4 in 10 said B"): the conjunction before a finite verb of saying, else None."""
    token = doc[i]
    if token.tag_ not in ("VBD", "VBZ", "VBP") or token.lemma_.lower() not in SPEECH_CUE_LEMMAS:
        return None
    for j in range(i - 1, max(start, i - 9), -1):
        if doc[j].lower_ in ("that", "who", "which", "if", "whether") or doc[j].tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return None
        if doc[j].dep_ == "cc" or doc[j].text == ";":
            return _before_conjunction(doc, start, j)
    return None


def _before_conjunction(doc: Doc, start: int, cut: int) -> int:
    """Back over the ", and" that joins the next attribution."""
    while cut > start and (doc[cut - 1].is_punct or doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_space):
        cut -= 1
    return max(cut, start + 1)


def _cue_end(verb: Token) -> int:
    """The cue ends after a particle or preposition that belongs to it ("called for")."""
    end = verb.i + 1
    for child in verb.children:
        if child.i == end and child.dep_ in ("prt", "prep") and (verb.lemma_.lower(), child.lower_) in PREPOSITION_CUES:
            end += 1
    return end


def _source_opener(doc: Doc, prep: Token, quoted: Sequence[bool]) -> Optional[Indirect]:
    """A sentence opening with its source: "In a CNN poll, Clinton leads …", "To his
    critics, the plan …", "By the AP's count, …": the main clause after the comma."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or not _names_opener_source(prep.lower_, obj):
        return None
    comma = prep.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != "," or quoted[obj.i]:
        return None
    start, end = trim(doc, comma + 1, _clip(doc, prep, comma + 1, prep.sent.end))
    if end - start < MIN_CLAUSE_TOKENS or mostly_quoted(quoted, start, end):
        return None
    if any(t.dep_ == "nsubj" and t.lower_ in ("i", "we") for t in doc[start:end] if t.head.dep_ == "ROOT"):
        return None  # "In the next article, I'm going to share …": the writer speaks
    return Indirect((prep.i, prep.i + 1), (start, end), obj, yields=True)


def _names_opener_source(prep: str, obj: Token) -> bool:
    """ "in a poll", "by some measures", "to Sanders": a source the preposition may open with."""
    lemma = obj.lemma_.lower()
    if prep == "by" and any(c.dep_ in ("det", "amod") and c.lower_ in VAGUE_QUANTIFIERS for c in obj.children):
        return False  # "By most accounts, …", "by all measures": no one in particular
    if prep in ("in", "by"):
        return lemma in SOURCE_OPENERS[prep]
    if obj.ent_type_ in ("PERSON", "NORP") or lemma in PERSON_NOUNS or lemma in SOURCE_OPENERS[prep]:
        return True
    return obj.pos_ == "PRON" and obj.lower_ in ("him", "her", "them", "me", "us", "many", "some", "others")

