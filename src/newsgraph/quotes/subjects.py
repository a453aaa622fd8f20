"""Earlier subjects a pronoun or a description may stand for, read from the parse.

`earlier_subjects` lists the subjects before a word: those of its own sentence nearest
first, then those of the two sentences before (main clause first); `agrees` checks a
pronoun's number and kind against one ("she" and a person, "it" and an organisation);
`released_message` tells a subject that put out a statement ("it says" is its statement);
`dateline_subject` skips a dateline the parse took for a subject. The resolution itself
(`newsgraph.quotes.speakers`) decides which of them a speaker is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc, Token

from newsgraph.entities.words import ORG_HEADS
from newsgraph.quotes.pronouns import sex_fits, sex_of
from newsgraph.quotes.sources import is_dateline
from newsgraph.quotes.lexicon import COMMUNICATION_NOUNS, ORG_NOUNS, PERSON_NOUNS, PERSON_PRONOUNS

if TYPE_CHECKING:
    from newsgraph.quotes.speakers import EntityIndex

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PRONOUN_NUMBER = {"he": "sing", "she": "sing", "him": "sing", "her": "sing", "it": "sing", "they": "plur", "them": "plur"}
ANTECEDENT_SENTENCES = 2  # the pronoun's sentence and this many before it


def released_message(subject: Token) -> bool:
    """ "They have put out another statement", "The firm denied it in a statement": the subject
    of a verb whose object, or whose "in" phrase, is a message."""
    verb = subject.head
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in COMMUNICATION_NOUNS for o in objects):
        return True
    for child in [c for head in [verb, *objects] for c in head.children]:
        if child.dep_ == "prep" and child.lower_ == "in" and any(
            c.dep_ == "pobj" and c.lemma_.lower() in COMMUNICATION_NOUNS for c in child.children
        ):
            return True  # "denied it in a statement", "denied the claims in a statement"
    return False


ORG_NAME_WORDS = ORG_HEADS | frozenset(
    "co plc college bank news times post city fc club athletic rovers wanderers albion hotspur".split()
)


def _could_be_person(name: str) -> bool:
    """A name the entity layer typed as an organisation that may still be a person's
    ("Scooter Braun"): title-case words, no acronym, no company word."""
    words = name.split()
    if not 2 <= len(words) <= 3:
        return False  # a one-word organisation ("Tyvak", "Apple") is no "he"
    if any(w.lower().strip(".,") in ORG_NAME_WORDS or w.lower() in ORG_NOUNS for w in words):
        return False
    return all(w[:1].isupper() and not w.isupper() for w in words)


def earlier_subjects(pronoun: Token, index: EntityIndex, deps: frozenset[str] = SUBJECT_DEPS) -> list[Token]:
    """Subjects before the pronoun: those of its own sentence nearest first, then for each of
    the two sentences before it (a paragraph break counts as a sentence start) the subject
    of its main clause first ("Braun has worked with stars whom Swift has fought. He …"
    -> Braun), then the others nearest first."""
    doc = pronoun.doc
    groups: list[list[Token]] = [[]]
    for i in range(pronoun.i - 1, max(-1, pronoun.i - 120), -1):
        token = doc[i]
        if _ends_sentence(doc, i) and not index.is_quoted(i):
            if len(groups) > ANTECEDENT_SENTENCES:
                break
            groups.append([])
        if (token.dep_ in deps or _agent(token, deps)) and not index.is_quoted(i) and not _inside(token, pronoun.head):
            subject = dateline_subject(token)
            if subject is not None:
                groups[-1].append(subject)
    ordered = _addressed(pronoun, index) + _with_owners(groups[0]) + _fronted_objects(pronoun, index)
    for group in groups[1:]:
        ordered += _with_owners(sorted(group, key=_clause_rank))  # stable: nearest first within a rank
    return ordered


TOPIC_PREPOSITIONS = frozenset({"for", "of"})
ANSWER_VERBS = frozenset({"answer", "reply", "respond", "retort", "admit", "concede", "deny"})
QUESTION_VERBS = frozenset({"ask", "question", "press", "quiz", "cross-examine"})
QUESTION_REACH = 80  # tokens back to the questions an answer follows


def _addressed(pronoun: Token, index: EntityIndex) -> list[Token]:
    """For the subject of an answer ("“Yes,” he replied"), the one the questions before it
    were put to ("The lawyer asked Roe whether …", "questioned the witness, Jane Roe"): the
    one asked answers, not the asker. The nearest question with someone asked decides."""
    verb = pronoun.head.lemma_.lower()
    if pronoun.dep_ != "nsubj" or verb not in ANSWER_VERBS | {"say"}:
        return []
    doc = pronoun.doc
    for i in range(pronoun.i - 1, max(-1, pronoun.i - QUESTION_REACH), -1):
        token = doc[i]
        if token.lemma_.lower() not in QUESTION_VERBS or token.pos_ != "VERB" or index.is_quoted(i):
            continue
        if verb == "say" and not _open_question(token):
            return []  # "X asked Y to lead it. “…,” he said": a request, X may well go on
        asked = [c for c in token.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN")]
        if asked:
            return _with_owners(asked)  # "the witness, Jane Roe": the name too
    return []


QUESTION_WORDS = frozenset("whether if who what where when why how which".split())


def _open_question(verb: Token) -> bool:
    """ "asked Roe whether …", "asked her who fired" (also when parsed as a relative clause
    of the one asked, with no comma): a question put, not a request."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for obj in verb.children:
        if obj.dep_ == "dobj":
            clauses += [c for c in obj.rights if c.dep_ == "relcl" and obj.doc[c.left_edge.i - 1].text != ","]
    return any(c.left_edge.lower_ in QUESTION_WORDS for c in clauses)


def _with_owners(subjects: list[Token]) -> list[Token]:
    """The subjects, each followed by the person named in apposition ("the agency's
    director-general, Jane Roe") and, for a common noun, by the person named as its owner,
    the topic of its clause ("Another priority for Bellah is …", "Roe's plan is …")."""
    ordered = []
    for subject in subjects:
        ordered.append(subject)
        ordered.extend(c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON")
        if subject.pos_ == "NOUN":
            ordered.extend(_owners(subject))
    return ordered


def _owners(noun: Token) -> list[Token]:
    """People named as owners of a common noun: its possessor, or the object of its "for"/"of"
    (an organisation's "questions" do not make it the topic: "the company" stays the firm)."""
    found = [c for c in noun.lefts if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPOSITIONS:
            found += [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
    return found


def _agent(token: Token, deps: frozenset[str]) -> bool:
    """The agent of a passive, its logical subject ("was denied by Andrew"), when subjects are sought."""
    return "nsubjpass" in deps and token.dep_ == "pobj" and token.head.dep_ == "agent"


def _fronted_objects(pronoun: Token, index: EntityIndex) -> list[Token]:
    """Named people in a clause fronted before the pronoun's verb, nearest first ("While the
    campaign did not appeal to Jane Roe, she said …" -> Roe): after its own sentence's subjects."""
    verb = pronoun.head
    clauses = [  # with a subject of their own: in "After meeting Roe, he said" he met her
        c for c in verb.children
        if c.dep_ == "advcl" and c.i < pronoun.i and any(t.dep_ in SUBJECT_DEPS for t in c.children)
    ]
    names = [
        t for c in clauses for t in c.subtree
        if t.dep_ in ("pobj", "dobj", "dative") and t.pos_ == "PROPN" and not index.is_quoted(t.i)
    ]
    return sorted(names, key=lambda t: -t.i)


def dateline_subject(subject: Token) -> Optional[Token]:
    """The subject itself; for a dateline the parse took as the subject ("HANOI, Vietnam
    (AP) — Defense Secretary Mark Esper on Wednesday accused …"), the last name hung on it
    as an apposition (Esper), or None."""
    if not is_dateline(subject):
        return subject
    names = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN" and not c.is_upper]
    return names[-1] if names else None


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Token i is the last of a sentence, or a line break inside one the parser ran on."""
    token, following = doc[i], doc[i + 1]
    if token.text in (".", "!", "?") and following.text in ("“", '"', "‘"):
        return True  # "… the night Bo died. “When all …,” he said": the parser ran on into the quote
    return following.is_sent_start or (token.is_space and "\n" in token.text)


def _clause_rank(token: Token) -> int:
    """0 for the subject of the sentence's main verb, 1 for that of a verb joined to it by
    "and", 2 for a subject inside a subordinate or relative clause."""
    verb = token.head
    if verb.dep_ == "ROOT":
        return 0
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return 1 if verb.dep_ == "ROOT" else 2


ADVERBIAL_DEPS = frozenset({"advcl", "prep", "npadvmod"})


def _inside(token: Token, verb: Token) -> bool:
    """The token belongs to the verb's reported clause ("The rain has stopped, he said"),
    not to an adverbial clause of the verb ("When Ghani announced it, he said …": Ghani
    is the antecedent)."""
    if token.head.i == verb.i:
        return True
    child = token
    for ancestor in token.ancestors:
        if ancestor.i == verb.i:
            return child.dep_ not in ADVERBIAL_DEPS
        child = ancestor
    return False


def agrees(word: str, subject: Token, index: EntityIndex) -> bool:
    """Number and kind agreement of a pronoun with a subject head."""
    if subject.lower_ in PRONOUN_NUMBER:
        return subject.lower_ == word or {subject.lower_, word} <= {"they", "them"}
    if subject.pos_ not in ("PROPN", "NOUN"):
        return False
    entity = index.entity_of(subject)
    named = entity is not None and subject.text[:1].isupper()  # "Figgins" tagged NNS is still one name
    plural = subject.tag_ in ("NNS", "NNPS") and not named or any(c.dep_ == "conj" for c in subject.children)  # "X and Y"
    kind = entity.type if entity is not None else None
    lemma = subject.lemma_.lower()
    if word in PERSON_PRONOUNS:
        if plural:
            return False
        if subject.pos_ == "PROPN" or named:  # a linked surname the tagger took for a noun
            if not subject.text[:1].isupper():
                return False
            return kind in (None, "PERSON") or (entity is not None and kind == "ORG" and _could_be_person(entity.name))
        return (lemma in PERSON_NOUNS or sex_of([lemma]) is not None) and sex_fits(word, [lemma])  # "his widow … she"
    if word == "it":
        return not plural and kind != "PERSON" and (subject.pos_ == "PROPN" or lemma in ORG_NOUNS)
    return plural or lemma in ORG_NOUNS or kind in ("ORG", "NORP") or (subject.pos_ == "PROPN" and kind is None)


def inverted_subject(verb: Token) -> Optional[Token]:
    """The speaker of an inverted cue the parse took for an object (", added Khaled."): a
    name right after a verb that follows a comma and ends its sentence; else None."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    name = next((c for c in verb.rights if c.dep_ in ("dobj", "dative", "npadvmod") and c.left_edge.i == verb.i + 1), None)
    if name is None or name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG"):
        return None
    after = name.right_edge.i + 1
    return name if after >= len(doc) or doc[after].text in (".", "!", "?", "\n") or doc[after].is_space else None
