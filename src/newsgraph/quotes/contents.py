"""What a cue's attributed content is, and where it ends (read from the dependency parse).

`content_of` gives the words a verb cue attributes: its reported clause ("said the deal is
dead", also one the parse hung on the cue's prepositional object, or a second "that"-clause
joined to the first), the sentence around a cue set off by commas, the main clause after
an "as"-aside, an infinitive or gerund complement, a named object ("calls X Y"), a direct
object (up to a setting: "endorsed him in February") or a preposition's object or clause.
`clip` cuts a content at a line break and before a trailing aside the writer adds or a
second attribution. Callers in `newsgraph.quotes.indirect` check speakers and quotes.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from newsgraph.quotes.spans import after_cue_object, fronted_end, gloss, parallel_end, setting_clause, trails
from newsgraph.quotes.sourced import is_line_break, sentence_start
from newsgraph.quotes.sources import DOCUMENT_NOUNS, HUMAN_NOUNS
from newsgraph.quotes.subjects import inverted_subject
from newsgraph.quotes.lexicon import (
    COMMUNICATION_NOUNS,
    CONTENT_NOUNS,
    INDIRECT_VERBS,
    INFINITIVE_VERBS,
    NAMING_VERBS,
    OBJECT_VERBS,
    PREPOSITION_CUES,
)

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
# Verbs of publishing whose object is often a result ("posted a record profit", "posted
# a triple-double"): their noun-phrase content must be a message or a claim noun.
RESULT_VERBS = frozenset({"post"})
# Verbs that also record a figure ("Illinois reported the largest increase", "the towns
# showed gains", "were reporting a foot of snow"): with a measure as object, a result, unless
# a document shows it ("the report shows 324,000 people out of work").
RECORDING_VERBS = frozenset({"post", "report", "show"})
CHANGE_NOUNS = frozenset(
    "gain increase rise drop decline loss profit growth jump fall surge dip deficit surplus slump decrease".split()
)
UNIT_NOUNS = frozenset(
    "inch foot feet yard mile meter metre kilometer kilometre centimeter centimetre percent point degree "
    "ton tonne pound ounce gallon liter litre acre hectare barrel".split()
)
MEASURE_ENTITIES = frozenset({"PERCENT", "QUANTITY", "MONEY", "CARDINAL"})
WHEN_ENTITIES = frozenset({"DATE", "TIME"})


def _measure(obj: Token) -> bool:
    """A figure: a number, an amount, a unit ("a foot of snow") or a change ("gains", "the largest increase")."""
    if obj.like_num or obj.ent_type_ in MEASURE_ENTITIES or obj.lemma_.lower() in CHANGE_NOUNS | UNIT_NOUNS:
        return True
    return any(c.dep_ in ("nummod", "quantmod") for c in obj.children)


def _document_subject(verb: Token) -> bool:
    """ "The jobless report shows 324,000 people out of work", "McClatchy reported a loss of $304
    million": a document, an organisation or a person giving a figure is a source's claim; a
    place or a season that shows one ("Illinois reported the largest increase") is a record."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if subject.ent_type_ in ("GPE", "LOC", "FAC", "DATE"):
        return False
    return lemma in DOCUMENT_NOUNS or lemma in HUMAN_NOUNS or subject.ent_type_ in ("PERSON", "ORG", "NORP") or subject.pos_ == "PROPN"


def is_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i == clause.left_edge.i for c in clause.children)


def across_paragraphs(doc: Doc, cue: int, start: int, end: int) -> bool:
    """A content in another paragraph than its cue (a parse run across a line break)."""
    if end <= cue:
        return any(is_line_break(doc[j]) for j in range(end, cue))
    if start > cue:
        return any(is_line_break(doc[j]) for j in range(cue + 1, start))
    return False


def _parenthetical(doc: Doc, verb: Token) -> Optional[tuple[int, int, bool]]:
    """A cue set off by commas: "Those voters, his aides say, will …" (the whole sentence)
    or "…, said the company's chief." (the sentence before the comma)."""
    if verb.dep_ not in ("parataxis", "advcl", "ROOT"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) or inverted_subject(verb)
    if subject is None:
        return None
    sent = verb.sent
    first = sentence_start(doc, sent.start)
    if subject.i < verb.i:
        start, end = subject.left_edge.i, verb.i + 1
        if start <= sent.start or doc[start - 1].text != "," or end >= sent.end or doc[end].text not in (",", ".", ";"):
            return None
        if doc[end].text == "," and not (end + 1 < sent.end and doc[end + 1].lower_ == "according"):
            return first, sent.end, True
        return first, start - 1, True  # "…, X said." / "…, X said, according to Y.
    if verb.i - 1 > sent.start and doc[verb.i - 1].text == "," and subject.right_edge.i + 1 >= sent.end - 1:
        return first, verb.i - 1, True
    return None


def names_object(child: Token) -> bool:
    """The complement that names the object: "calls Clinton unqualified", "sees Cruz as a uniter"."""
    return child.dep_ in ("oprd", "xcomp") or (child.dep_ == "prep" and child.lower_ == "as")


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


def _quoted_appositive(obj: Token) -> Optional[Token]:
    """The apposition right after an object that opens with a quote mark ("the bill “a
    disgrace”"): the name the verb gives it."""
    doc = obj.doc
    return next(
        (c for c in obj.rights if c.dep_ == "appos" and c.left_edge.i == obj.i + 2 and doc[obj.i + 1].is_quote), None
    )


def content_of(verb: Token) -> Optional[tuple[int, int, bool]]:
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
        named = next((c for c in children if obj is not None and names_object(c) and c.i > obj.i), None)
        if obj is not None and named is None:
            named = _quoted_appositive(obj)  # "called the bill “a disgrace”" parsed as an apposition
        if obj is not None and named is not None:
            return obj.left_edge.i, named.right_edge.i + 1, False
    if lemma in OBJECT_VERBS:
        obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is not None and lemma in RESULT_VERBS and obj.lemma_.lower() not in COMMUNICATION_NOUNS | CONTENT_NOUNS:
            return None  # "posted a triple-double": a result, not a message
        if obj is not None and (lemma in RECORDING_VERBS and _measure(obj) and not _document_subject(verb) or obj.ent_type_ in WHEN_ENTITIES):
            return None  # "the towns showed gains", "reported a foot of snow": a figure, not a message
        if obj is not None and (obj.pos_ != "PRON" or obj.lower_ in PERSON_OBJECTS):
            return obj.left_edge.i, parallel_end(verb, _object_end(verb, obj)), False
    for prep in children:
        if prep.dep_ == "prep" and prep.i > verb.i and (lemma, prep.lower_) in PREPOSITION_CUES:
            obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.ent_type_ not in WHEN_ENTITIES:  # "called on Thursday": when, not what
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
        if c.dep_ == "ccomp" and not across_paragraphs(doc, verb.i, c.left_edge.i, c.right_edge.i + 1)
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
            clause = next((c for c in obj.children if c.dep_ in ("relcl", "acl") and c.i > obj.i and is_that(c)), None)
            if obj.dep_ == "pobj" and clause is not None and not across_paragraphs(verb.doc, verb.i, clause.left_edge.i, clause.right_edge.i + 1):
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
        elif child.dep_ == "conj" and (_second_predicate(verb, child, end) or _about_the_content(verb, child, end)):
            end = child.right_edge.i + 1
    return _second_that_clause(verb.doc, end)


def _about_the_content(verb: Token, conj: Token, end: int) -> bool:
    """ "He said students are recruited …, and then they are abandoned": a clause the parse
    joined to the cue whose pronoun subject cannot be the speaker goes on the content."""
    subject = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in ("he", "she", "they") or _may_be_speaker(verb, subject):
        return False
    if conj.lemma_.lower() in INDIRECT_VERBS:
        return False  # "…, and they said …": a second attribution
    gap = [t for t in verb.doc[end : conj.left_edge.i] if not t.is_punct]
    return bool(gap) and gap[0].lower_ in ("and", "but") and all(t.dep_ in ("cc", "advmod") for t in gap)


def _second_predicate(verb: Token, conj: Token, end: int) -> bool:
    """ "claim they are overworked and under resourced": a bare participle or adjective the
    parse joined to the finite cue goes on the clause's predicate (a cue is never "and
    resourced" without a subject or an auxiliary of its own)."""
    if conj.tag_ not in ("VBN", "JJ") or verb.tag_ not in ("VBP", "VBZ", "VBD"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in conj.children):
        return False
    gap = verb.doc[end : conj.left_edge.i]
    return len(gap) == 1 and gap[0].lower_ in ("and", "or")


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


def clip(doc: Doc, verb: Token, start: int, end: int) -> int:
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
            if nxt.dep_ == "cc" and i + 2 < end and doc[i + 2].lower_ in ("he", "she", "they") and _may_be_speaker(verb, doc[i + 2]):
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


def _may_be_speaker(verb: Token, pronoun: Token) -> bool:
    """Whether ", and he/she/they …" after a content may go on about the cue's subject: the
    pronoun agrees with it in number ("Wheeler said the police believe …, and they are
    stepping up patrols": they are the police, and the content goes on)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in ("he", "she", "they"):
        return subject is None or (subject.lower_ == "they") == (pronoun.lower_ == "they")
    if pronoun.lower_ == "they" and subject.pos_ == "PROPN" and subject.ent_type_ != "PERSON":
        return True  # "Politifact ruled …, but they could not resist …": an organisation is "they"
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    return plural == (pronoun.lower_ == "they")


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
