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
Where a verb's content lies and ends is `newsgraph.quotes.contents`.

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
from newsgraph.quotes.nonclaims import ADDRESSED_VERBS, bare_participle
from newsgraph.quotes.contents import PHRASAL_CONTENT_CUES, across_paragraphs, clip, content_of, is_that, names_object
from newsgraph.quotes.spans import fronted_speaker_end, subjectless_end
from newsgraph.quotes.sourced import MIN_CLAUSE_TOKENS, Indirect, according_to, is_line_break, mostly_quoted, per_source
from newsgraph.quotes.sourced import quoted_after_lead, trim
from newsgraph.quotes.lexicon import (
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
RECEIVING_VERBS = frozenset("receive get obtain hear field".split())
GENERIC_RECEIVERS = frozenset("you we i one people everyone everybody".split())
NOT_SPEAKERS = frozenset({"there", "this", "that", "what", "which"})
PASSIVE_REPORT_VERBS = frozenset({"expect", "say", "believe", "think", "report", "know", "rumor", "rumour", "see", "consider"})


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
    named = cue_end < end and doc[cue_end].dep_ == "agent" and doc[cue_end].head.i == head.i
    if named:
        cue_end = doc[cue_end].right_edge.i + 1  # "was described by critics as …": the agent speaks, says nothing
    pieces = (trim(doc, start, lo), trim(doc, cue_end, end))
    return [(s, e) for s, e in pieces if e > s and not (_adverbial_only(doc, s, e) and not (named and s >= cue_end))]


def _adverbial_only(doc: Doc, start: int, end: int) -> bool:
    """A piece before the cue that is only a fronted adverbial ("At the very least, he said,
    they need …"): no verb and no subject of the content, nothing said on its own."""
    tokens = doc[start:end]
    if any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for t in tokens):
        return False
    return tokens.root.dep_ in ("prep", "advmod", "npadvmod", "advcl")


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
    clause = next((c for c in noun.rights if c.dep_ in ("ccomp", "advcl", "acl", "relcl") and is_that(c)), None)
    if subject is None or clause is None or quoted[subject.i]:
        return None
    start, end = trim(doc, clause.left_edge.i, clip(doc, noun, clause.left_edge.i, clause.right_edge.i + 1))
    if end - start < MIN_CLAUSE_TOKENS or mostly_quoted(quoted, start, end):
        return None
    return Indirect((noun.i, noun.i + 1), (start, end), subject, True)


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
    start, end = trim(doc, content[0], clip(doc, adj, content[0], content[1]))
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
    if doc[c_start].lower_ in HEADLINE_QUESTION_WORDS:
        return None  # "Brexit: What Happens Next for …": the story's question, not words said
    if any(doc[j].text == ":" and doc[j - 1].is_title for j in range(c_start + 1, c_end)):
        return None  # "Source: UN agency Country: Brazil …": a line of labelled fields
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


# Words opening an explainer's question after a headline colon ("Brexit: Why …", "How …").
HEADLINE_QUESTION_WORDS = frozenset("what why how who when where which whether".split())

# Kickers: a headline's opening label ("Breaking: …", "Exclusive: …") names no source.
HEADLINE_LABELS = frozenset(
    "breaking exclusive update updated watch video photos live opinion analysis explainer "
    "factbox commentary review recap flashback developing alert urgent just prediction predictions "
    "preview rumor rumour podcast quiz editorial correction q q&a"
    .split()
)


def _names_a_source(name) -> bool:
    """ "Issa", "Clinton camp", "Poll": capitalised words (a common noun may follow a name)."""
    if any(t.lower_ in HEADLINE_LABELS for t in name):
        return False
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
    content = content_of(verb)
    if content is None:
        return _passive_object(doc, verb, quoted)
    start, end, clause = content
    start, end = trim(doc, start, clip(doc, verb, start, subjectless_end(doc, end)))
    if end - start < (_min_clause(doc, start) if clause else 1):
        return None
    if start <= verb.i < end and verb.dep_ not in ("parataxis", "advcl"):
        return None
    if mostly_quoted(quoted, start, end) and not (clause and quoted_after_lead(doc, quoted, start, end)) \
            and not _names_in_quotes(doc, verb, quoted, start, end):
        return None
    if across_paragraphs(doc, verb.i, start, end) or _in_parentheses_after(doc, verb.i, start):
        return None
    speaker: Optional[Token]
    trailing = _trailing_name(doc, verb, start, end)
    if trailing is not None:
        speaker, end = trailing  # "…, Christopher Budd, security lead at Acme, said": his words end before him
    else:
        speaker = speaker_of(verb, _window(doc, verb.i), quoted)
    if speaker is None or speaker.lower_ in NOT_SPEAKERS:
        return None
    end = fronted_speaker_end(speaker, start, end) if end <= verb.i else end
    if start <= speaker.i < end and not start <= verb.i < end:
        speaker = None  # a guess from the words inside the content: no speaker rather than a wrong one
    if verb.lemma_.lower() in ADDRESSED_VERBS and bare_participle(verb):
        asker = _agent_of(verb)  # "Asked about the delay, the minister said …": she did not ask
        return Indirect((verb.i, _cue_end(verb)), (start, end), asker, clause, unnamed_asker=asker is None)
    return Indirect((verb.i, _cue_end(verb)), (start, end), speaker, clause)


# Verbs whose object, in the writer's words, is named or judged in the source's: "called the
# bill “a disgrace”", "described the offer as “an insult”", "accused ministers of “lying”".
_QUOTED_NAME_VERBS = NAMING_VERBS | {"describe", "accuse"}


def _names_in_quotes(doc: Doc, verb: Token, quoted: Sequence[bool], start: int, end: int) -> bool:
    """ "called the bill “a disgrace”": a naming verb whose object, a noun in the writer's words,
    opens the content before the quoted name (PolNeAR: mixed; "call them “lone wolves”", with
    a pronoun object, stays a direct quote)."""
    if verb.lemma_.lower() not in _QUOTED_NAME_VERBS or quoted[start] or not any(quoted[start:end]):
        return False
    return any(
        c.dep_ == "dobj" and c.left_edge.i == start and not quoted[c.i] and c.pos_ != "PRON" for c in verb.children
    )


def _agent_of(verb: Token) -> Optional[Token]:
    """The "by" agent of a passive participle ("asked by reporters"), or None."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _trailing_name(doc: Doc, verb: Token, start: int, end: int) -> Optional[tuple[Token, int]]:
    """(speaker, new content end) when a cue with no subject (or one inside the content: "only
    older versions …, Priya Raman, …, said") follows a content that ends with a person's name
    set off by commas, with or without a gloss ("…, Christopher Budd, security lead at Acme,
    said in a statement"): the parse took the speaker into the content."""
    if end > verb.i or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    names = [e for e in doc.ents if e.label_ == "PERSON" and start + 2 < e.start and e.end < verb.i]
    for name in reversed(names):
        if any(not start <= i < name.start - 1 for i in subjects):
            continue  # a subject of the cue's own after the content: he is the speaker
        after = doc[name.end : verb.i - 1]
        if doc[name.start - 1].text == "," and (not len(after) or after[0].text == ","):
            return name.root, name.start - 1
    return None


def _in_parentheses_after(doc: Doc, cue: int, start: int) -> bool:
    """A content that opens inside parentheses after its cue ("… we heard him say to a woman
    (hard to believe, now, that …)"): the writer's aside, which the parse hung on the cue."""
    between = [t.text for t in doc[cue + 1 : start]]
    return "(" in between and ")" not in between[between.index("(") :]


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
    if subject.dep_ == "nsubjpass" and _noun_content(subject) is not None:
        return None  # "The firm's claim that … was rejected by regulators": the claim is the firm's
    named = next((c for c in verb.rights if names_object(c) or (c.dep_ == "prep" and c.lower_ in ("for", "of", "over"))), None)
    if named is None and lemma in NAMING_VERBS:
        named = next((c for c in verb.rights if c.dep_ == "dobj"), None)  # "was branded “a disaster for …”"
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    if named is not None:
        end = named.right_edge.i + 1  # "is deemed unclean", "was criticized for failing …"
        if agent is None:
            agent = next((c for c in named.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            end = agent.i if agent is not None else end  # "was branded “a travesty” by X", "by" hung on the name
    elif lemma not in OBJECT_VERBS:
        return None  # "votes were cast": a naming verb names nothing here
    start, end = trim(doc, subject.left_edge.i, end)
    if start >= end or mostly_quoted(quoted, start, min(end, max(verb.i, start + 1))) or across_paragraphs(doc, verb.i, start, end):
        return None
    speaker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return Indirect((verb.i, verb.i + 1), (start, end), speaker, clause=False)


def _min_clause(doc: Doc, start: int) -> int:
    """Fewest tokens of a clause content: two for an infinitive ("declined to comment")."""
    return 2 if doc[start].lower_ == "to" else MIN_CLAUSE_TOKENS


def _noun_attribution(doc: Doc, noun: Token, quoted: Sequence[bool]) -> Optional[Indirect]:
    """ "Trump's claim that …", "X issued a warning that …": the clause, the possessor or the
    subject of the verb governing the noun as speaker (None when the text names nobody)."""
    content = _noun_content(noun)
    if content is None:
        return None
    start, end = trim(doc, content[0], clip(doc, noun, content[0], content[1]))
    if end - start < (MIN_CLAUSE_TOKENS if content[2] else 1) or mostly_quoted(quoted, start, end):
        return None
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if speaker is None and noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        speaker = speaker_of(noun.head, _window(doc, noun.head.i), quoted)
        if noun.head.lemma_.lower() in RECEIVING_VERBS:  # "Police received a report that …": not theirs
            if speaker is not None and speaker.lower_ in GENERIC_RECEIVERS:
                return None  # "you've heard predictions that …": hearsay, no one's claim
            speaker = None
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
    start, end = trim(doc, start, clip(doc, verb, verb.i, comp.right_edge.i + 1))
    if end - start < MIN_CLAUSE_TOKENS or mostly_quoted(quoted, start, end) or across_paragraphs(doc, verb.i, start, end):
        return None
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    speaker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return Indirect((verb.i, verb.i + 1), (start, end), speaker, clause=comp.dep_ in ("xcomp", "ccomp"))


def _appearance_complement(child: Token) -> bool:
    """What an appearance says: "to win", "unperturbed", "a threat", "that …", "like a winner"."""
    return child.dep_ in ("xcomp", "acomp", "attr", "oprd", "ccomp") or (child.dep_ == "prep" and child.lower_ in ("like", "as"))


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
    start, end = trim(doc, comma + 1, clip(doc, prep, comma + 1, prep.sent.end))
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

