"""Where an indirect content ends when the parse cut it short.

The small parser often hangs the later members of a coordination on the cue verb instead of
on the content's own verb: in "Obama wants to triple the program, grow the Corps and create a
reserve" the bare verbs "grow" and "create" become dependents of "wants". A bare verb (or a
gerund) cannot be coordinated with a finite cue verb, so such members belong to the content.
Likewise two clauses before their cue ("A is hard, but B is harder, Smith said") are one report;
a clause of time or reason ends a noun-phrase content, and a trailing relative clause the writer
adds ends any content (`gloss`, `trails`). A content followed by an auxiliary whose verb has
no subject lost that subject to the parse ("states a permit must be obtained": "a permit" is
the subject of "must be obtained", not the object of "states"): the clause runs on. A fronted
content stops before the speaker's name and title the parse joined to it, and a clause after
the object of the cue's own preposition ("asking for the money it says it earned") is that
object's, not the content.
"""

from __future__ import annotations

from spacy.tokens import Token

PARALLEL_DEPS = frozenset({"conj", "dep"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def parallel_end(verb: Token, end: int) -> int:
    """End of a content whose first verb is a bare verb or gerund, carried over the members
    of its coordination the parse hung on the cue `verb` ("wants to cut A, raise B and end C",
    "mentioned refinancing loans and forcing universities to …")."""
    doc = verb.doc
    start = next((t for t in doc[verb.i + 1 : end] if t.pos_ in ("VERB", "AUX") or t.tag_ == "VBG"), None)
    if start is None or start.tag_ not in ("VB", "VBG") or verb.tag_ == start.tag_:
        return end
    for child in verb.rights:
        if child.i < end or child.dep_ in ("cc", "punct"):
            continue
        if not all(t.is_punct or t.dep_ == "cc" for t in doc[end : child.left_edge.i]):
            break
        if child.dep_ not in PARALLEL_DEPS or not _same_form(child, start, verb) or _has_subject(child):
            break
        end = child.right_edge.i + 1
    return end


def _same_form(member: Token, first: Token, cue: Token) -> bool:
    """The member has the form of the content's first verb, not of the cue: a bare verb the
    tagger read as a present ("widen" VBP after "wants to double") still is one."""
    if member.tag_ == cue.tag_:
        return False
    return member.tag_ == first.tag_ or (first.tag_ == "VB" and member.tag_ == "VBP")


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def fronted_end(verb: Token, end: int) -> int:
    """End of a reported clause before its cue carried over a second clause the parse hung on
    the cue too ("Winning is hard, but keeping it is harder, Smith said": one report)."""
    doc = verb.doc
    for child in verb.lefts:
        if child.dep_ != "ccomp" or child.left_edge.i < end:
            continue
        if not all(t.is_punct or t.dep_ == "cc" for t in doc[end : child.left_edge.i]):
            break
        end = child.right_edge.i + 1
    return end


# Conjunctions opening a clause of time, reason or concession: the setting of a speech act.
SETTING_MARKS = frozenset("while when whenever because since after before until although though as".split())


def setting_clause(child: Token) -> bool:
    """An adverbial clause of the cue opened by "while", "because", "until" …: when or why
    something was said, not part of a noun-phrase content ("as" only with a subject of its
    own: "condemned the test as Pyongyang fired …", not "described it as …")."""
    if child.dep_ != "advcl":
        return False
    mark = next((c for c in child.children if c.dep_ in ("mark", "advmod") and c.lower_ in SETTING_MARKS), None)
    if mark is None:
        return False
    return mark.lower_ != "as" or _has_subject(child)


def gloss(pronoun: Token, verb: Token, end: int) -> bool:
    """A trailing relative clause the writer adds; one before a cue that follows ("A, which was
    “awful,” wrote X") lies inside what the speaker reports."""
    return (pronoun.lower_ == "which" or pronoun.head.dep_ == "relcl") and trails(pronoun.head, end) and verb.i < end


def trails(aside: Token, end: int) -> bool:
    """An aside that runs to the end of the content (", which …." ), not one inside it
    ("the governor, who must decide, has said nothing")."""
    return aside.right_edge.i + 2 >= end


AUX_DEPS = frozenset({"aux", "auxpass"})


def subjectless_end(doc, end: int) -> int:
    """End of a content carried over the verb whose subject the parse took into the content
    as an object ("states a permit must be obtained for any event", "show all fees to the
    township have been paid"): the auxiliary right after the content starts a predicate
    with no subject of its own."""
    if end >= len(doc):
        return end
    aux = doc[end]
    if aux.dep_ not in AUX_DEPS or aux.head.i <= end or aux.sent != doc[end - 1].sent:
        return end
    verb = aux.head
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children) or any(c.dep_ not in AUX_DEPS and c.i < verb.i and c.i >= end for c in verb.children):
        return end
    last = verb.right_edge.i
    while last > verb.i and doc[last].is_punct:
        last -= 1
    return last + 1


def fronted_speaker_end(speaker, start: int, end: int) -> int:
    """End of a content before its cue that the parse ran on into the speaker's name or title
    ("A is awarding grants to three groups, Marketing and Sales Manager Jane Roe said": the
    title joined to "groups"): the content stops at the comma before the name and title."""
    doc = speaker.doc
    if speaker.pos_ != "PROPN" or not start < speaker.i <= end + 1:
        return end
    left = speaker.i
    while left - 1 > start and (doc[left - 1].pos_ == "PROPN" or _title_joint(doc, left - 1)):
        left -= 1  # "Marketing and Public Relations Manager Jane Roe"
    return left - 1 if left < end and doc[left - 1].text == "," else end


def _title_joint(doc, i: int) -> bool:
    """ "and" or "&" between two capitalised words of a title."""
    return doc[i].lower_ in ("and", "&") and i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i + 1].pos_ == "PROPN"


def after_cue_object(verb: Token, clause: Token, pairs) -> bool:
    """A clause with no "that" after the object of the cue's own preposition ("asking for the
    money it says it earned", "asked for funds the city owed"): it belongs to that object (a
    relative clause the parse hung on the verb), it is not what was asked."""
    if clause.i < verb.i or any(c.dep_ == "mark" for c in clause.children):
        return False
    lemma = verb.lemma_.lower()
    return any(
        c.dep_ == "prep" and verb.i < c.i < clause.left_edge.i and (lemma, c.lower_) in pairs for c in verb.children
    )
