"""Cue and speaker of a quote, from the tokens around it and the dependency parse.

Only the few tokens around each quote are read. The *frames* of a quote are the
tokens outside any quote between it and the nearest sentence end, line break or
other quote, before and after it. A cue is a reporting verb (`SPEECH_VERBS`) or
"according to" in a frame:
- "“…,” he added" / "“…,” said X" / "“…,” X told the AFP": the first cue after;
- "X said: “…”" / "He took to social media to remark, “…”": the nearest cue before;
- "X released a message: “…”": before a colon, the clause's verb when the clause
  names a message, statement, tweet … (`COMMUNICATION_NOUNS`);
- a partial quote inside a sentence takes the nearest cue on either side.
A quote that ends a sentence inside its marks ("….”") takes a cue after it only in a
short "X said."; after "…?”" a capitalised word that is not a name starts a new
sentence. A quote opening a paragraph looks back over the line break when the previous
paragraph ends in a colon ("Cruz continued:").
The speaker is the cue's subject (climbing xcomp/conj/advcl links, "who" -> the noun
it refers to, "a statement saying" -> the subject of the verb governing the noun, the name
ending a title phrase the parse headed by its noun: "leading land academic Ben Cousins"; of
two subjects, the one after an aside between dashes), the name of an inverted cue the parse
took for an object ("…, added Khaled."), or the pobj of "according to". A passive cue with
no agent ("was charged with “…”") is none: its subject is spoken of; a cue after "but" is
the next clause's; a colon after a clause whose subject is a name gives that person
("But Bryant wasn't done yet: “…”"). A subject inside quotes, across a line break or in a
dateline ("KYIV, March 3 (Reuters) - …") is refused; then the word right before the
cue, the name opening the frame, or the noun right after the cue is taken.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from spacy.tokens import Doc, Token

from newsgraph.quotes.lexicon import COMMUNICATION_NOUNS, PHRASAL_CUES, RELATIVE_PRONOUNS, SPEECH_VERBS
from newsgraph.quotes.sources import is_dateline, source_like
from newsgraph.quotes.subjects import dateline_subject, inverted_subject

SENTENCE_END = frozenset({".", "!", "?"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "ccomp", "pcomp"})
FRAME_LIMIT = 40  # tokens
# Verbs whose object does what the infinitive says ("led the firm to announce …").
OBJECT_CONTROL_VERBS = frozenset(
    "lead force push prompt cause urge ask pressure compel persuade convince get allow encourage drive spur".split()
)
# "announced on Sept. 30", "said 20 percent": a date or a number is no speaker.
NOT_SPEAKER_TYPES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})


@dataclass
class Cue:
    """A reporting verb (or "according to") and the head token of its speaker."""

    start: int  # token range [start, end)
    end: int
    speaker: Optional[Token]


def is_boundary(token: Token) -> bool:
    """A sentence end or a line break: frames stop there."""
    return token.text in SENTENCE_END or (token.is_space and "\n" in token.text)


def frame_after(doc: Doc, end: int, quoted: Sequence[bool]) -> list[Token]:
    """Tokens after a quote (token `end` on) up to the next boundary or quote."""
    out = []
    for i in range(end, min(len(doc), end + FRAME_LIMIT)):
        token = doc[i]
        if quoted[i] or is_boundary(token):
            break
        out.append(token)
    return out


def frame_before(doc: Doc, start: int, quoted: Sequence[bool]) -> list[Token]:
    """Tokens before a quote (token `start` excluded) back to the previous boundary or quote."""
    out = []
    for i in range(start - 1, max(-1, start - 1 - FRAME_LIMIT), -1):
        token = doc[i]
        if quoted[i] or is_boundary(token):
            break
        out.append(token)
    out.reverse()
    return out


def is_cue(token: Token) -> bool:
    """A reporting verb ("said", "adding", "went on"), or the "according" of "according to"."""
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"
    if token.pos_ != "VERB" or token.dep_ == "amod":
        return False
    if _passive_without_agent(token):
        return False  # "Wang has been charged with “subversion”": the subject is the one charged
    lemma = token.lemma_.lower()
    if lemma in SPEECH_VERBS:
        return True
    return any(c.dep_ in ("prt", "advmod") and (lemma, c.lower_) in PHRASAL_CUES for c in token.children)


def _passive_without_agent(verb: Token) -> bool:
    """A passive with no "by" agent ("was charged with", "is told"): its subject is the one
    spoken to or of, and who spoke is not named."""
    children = list(verb.children)
    return any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children)


def find_cue(doc: Doc, start: int, end: int, quoted: Sequence[bool], ends_sentence: bool = False) -> Optional[Cue]:
    """The cue of the quote occupying tokens [start, end), or None.

    `ends_sentence`: the quote ends with a full stop inside its marks ("….”"), so the
    text after it is a new sentence, not its attribution.
    """
    before = frame_before(doc, start, quoted) or _previous_line_intro(doc, start, quoted)
    after = frame_after(doc, end, quoted)
    if _new_sentence_after(doc, start, end, after, ends_sentence):
        after = []
    order = (after, before) if _attribution_follows(doc, start, end, before, after) else (before, after)
    for frame in order:
        cue = _cue_in(frame, frame is before, quoted)
        if cue is not None:
            return cue
    return _colon_cue(before, quoted)


def _new_sentence_after(doc: Doc, start: int, end: int, after: list[Token], ends_sentence: bool) -> bool:
    """The text after the quote starts a new sentence rather than attributing it.

    After "….”" only a short "X said." counts as attribution; after "…?”" or "…!”" a
    capitalised word other than a name starts a new sentence ("He answered, “…”").
    """
    if not after:
        return False
    if ends_sentence:
        stop = after[-1].i + 1
        return len(after) > 5 or stop >= len(doc) or doc[stop].text not in SENTENCE_END
    last_inside = doc[end - 2] if end - 2 >= start else None
    if last_inside is not None and last_inside.text in ("?", "!"):
        first = after[0]
        return first.text[:1].isupper() and first.pos_ != "PROPN"
    return False


def _previous_line_intro(doc: Doc, start: int, quoted: Sequence[bool]) -> list[Token]:
    """For a quote opening its paragraph: the previous paragraph's end when it ends in a colon
    ("Cruz continued:" / "In a statement, she said:")."""
    i = start - 1
    if i < 0 or not (doc[i].is_space and "\n" in doc[i].text):
        return []
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":" or quoted[i]:
        return []
    return frame_before(doc, i + 1, quoted)


def _attribution_follows(doc: Doc, start: int, end: int, before: list[Token], after: list[Token]) -> bool:
    """News order "“…,” he said": the quote ends in a comma (or ?/!) and text follows it."""
    if not after:
        return False
    last_inside = doc[end - 2] if end - 2 >= start else None
    ends_with_comma = last_inside is not None and last_inside.text in (",", "?", "!", "—", "–")
    if ends_with_comma or after[0].text == ",":
        return True
    return not before or before[-1].text not in (":", ",")


def _cue_in(frame: list[Token], before: bool, quoted: Sequence[bool]) -> Optional[Cue]:
    """The cue nearest to the quote in one frame, with its speaker."""
    tokens = reversed(frame) if before else iter(frame)
    first: Optional[Cue] = None
    for token in tokens:
        if not before and token.lower_ in CONTRAST_WORDS and token.dep_ in ("cc", "mark"):
            break  # "pledged to uphold the “rule of law”, but analysts say …": the next clause's cue
        if is_cue(token) and not any(c.dep_ == "neg" for c in token.children):  # "didn't answer “…”"
            speaker = speaker_of(token, frame, quoted)
            if speaker is not None:
                return _make_cue(token, speaker)
            if not before and first is None:
                first = _make_cue(token, None)  # “…” announced in May, said Jo Roe: Jo Roe's cue wins
    return first


CONTRAST_WORDS = frozenset({"but", "yet", "whereas", "while"})


def _colon_cue(before: list[Token], quoted: Sequence[bool]) -> Optional[Cue]:
    """A quote after a colon with no reporting verb: "X released a message: “…”" (the verb
    of a clause naming a message), else "… pollster Daron Shaw: “…”" (the colon, and the
    person or organisation named last before it, with no verb in between)."""
    if not before or before[-1].text != ":":
        return None
    if any(t.lemma_.lower() in COMMUNICATION_NOUNS for t in before):
        for token in reversed(before):
            if token.pos_ == "VERB":
                speaker = speaker_of(token, before, quoted)
                if speaker is not None:
                    verb = speaker.head if speaker.head.pos_ == "VERB" else token
                    return Cue(verb.i, verb.i + 1, speaker)
    colon = before[-1]
    label = _role_label(before[:-1])
    if label is not None:
        return Cue(colon.i, colon.i + 1, label)  # a headline's "Union boss: “…”"
    for token in reversed(before[:-1]):
        if token.pos_ in ("VERB", "AUX"):
            subject = _subject(token) or _subject(token.sent.root)
            if subject is not None and subject.ent_type_ in ("PERSON", "") and subject.pos_ == "PROPN" and subject in before:
                return Cue(colon.i, colon.i + 1, subject)  # "But Bryant wasn't done yet: “…”": the person goes on
            return None  # "the fans flooded the Montgomery gym as an echo went out: “…”": a clause, no label
        if token.ent_type_ in ("PERSON", "ORG") and token.ent_iob_ != "O":
            return Cue(colon.i, colon.i + 1, token)
    return None


def _role_label(label: list[Token]) -> Optional[Token]:
    """A line opening with a short role phrase and a colon ("Fire chief: ‘…’", "Teachers'
    leader: “…”"): a headline's speaker, named by role; None for other lines."""
    words = [t for t in label if not t.is_space]
    if not 0 < len(words) <= 4 or not words[0].is_title or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    first = words[0].i
    if first > 0 and not (label[0].doc[first - 1].is_space and "\n" in label[0].doc[first - 1].text):
        return None
    head = words[-1]
    return head if head.pos_ == "NOUN" and head.is_lower and source_like(head) else None


def _make_cue(token: Token, speaker: Optional[Token]) -> Cue:
    end = token.i + 1
    if token.lower_ == "according":
        end += 1
    return Cue(token.i, end, speaker)


def speaker_of(cue: Token, frame: Sequence[Token], quoted: Sequence[bool]) -> Optional[Token]:
    """The head token of the cue's speaker, or None.

    The subject from the parse when it lies outside quotes and in the cue's paragraph;
    else the word right before the cue ("Trump barked"), the name opening the frame
    ("“…,” Trump, the GOP frontrunner, said"), or the noun right after the cue.
    """
    if cue.lower_ == "according":
        to = cue.nbor(1)
        objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in cue.children if c.dep_ == "pobj"]
        return objects[0] if objects else _noun_after(to, frame)
    inverted = inverted_subject(cue)
    if inverted is not None and _plausible(inverted, cue, quoted):
        return inverted  # "…, added Khaled." parsed with Khaled as the object
    verb = cue
    for _ in range(4):
        subject = _subject(verb)
        if subject is not None and subject.dep_ == "nsubjpass" and cue.dep_ == "advcl" and cue.head.i == verb.i:
            subject = _agent_of(verb) or subject  # "X was denied by Smith, hinting …": Smith hints
        if subject is not None and _is_dateline(subject):
            subject = dateline_subject(subject)  # "HANOI, Vietnam (AP) — Esper accused …"
        if subject is not None and _passive_report_of(subject, verb, cue):
            verb = verb.head  # "X said the deaths were caused by Y and called on Z to …": X calls
            continue
        if subject is not None and _plausible(subject, cue, quoted):
            return _fragment_root(cue, subject) or _antecedent_of_relative(subject)
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in COMMUNICATION_NOUNS:
            verb = verb.head.head  # "X issued a statement saying …"
            continue
        if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.pos_ in ("NOUN", "PROPN") and _reports_clause(verb):
            return verb.head  # "The parent company, Acme, announced on May 2 that …" parsed as a relative
        if verb.dep_ not in CLIMB_DEPS or verb.head is verb:
            break
        controller = _object_controller(verb)
        if controller is not None and _plausible(controller, cue, quoted):
            return controller  # "the cutback led the manufacturer to announce …": the object speaks
        verb = verb.head.head if _subject_gerund(verb) else verb.head  # "she testified before describing …"
    guess = _paragraph_subject(cue) or _noun_before(cue, frame) or _name_opening(cue, frame) or _noun_after(cue, frame)
    return None if guess is not None and guess.ent_type_ in NOT_SPEAKER_TYPES else guess


# Prepositions whose gerund is done by the object of the verb before them ("pressed the mayor
# into announcing …", "barred him from saying …"); other gerunds are the subject's ("testified
# before describing …", "decided against recommending …").
OBJECT_GERUND_PREPOSITIONS = frozenset({"into", "from"})


def _subject_gerund(verb: Token) -> bool:
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ not in ("prep", "advcl") or prep.head is prep:
        return False
    has_object = any(c.dep_ == "dobj" and c.i < prep.i for c in prep.head.children)
    return not (prep.lower_ in OBJECT_GERUND_PREPOSITIONS and has_object)


# Participles that carry on the reporter's words ("said the firm cut jobs, citing weak demand":
# the reporter cites); "arguing" may be the actor's.
SAYING_PARTICIPLES = frozenset({"say", "add", "note", "stress", "insist", "cite"})


def _passive_report_of(subject: Token, verb: Token, cue: Token) -> bool:
    """The cue is joined by "and" to a passive verb of a reported clause ("said the deaths
    were caused by … and called on …"): the passive's subject undergoes, the reporter of
    the clause does the calling. A participle of saying after the reported clause ("Roe
    said the city had concluded …, saying she trusted …") is the reporter's too."""
    if verb.i == cue.i or cue.head.i != verb.i or verb.dep_ != "ccomp" or not is_cue(verb.head):
        return False
    if cue.dep_ == "conj":  # also "said the spill was “a disaster” and called for …": a copula's subject is described
        return subject.dep_ == "nsubjpass" or verb.lemma_ == "be"
    return cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.lemma_.lower() in SAYING_PARTICIPLES and verb.head.i < cue.i


def _agent_of(verb: Token) -> Optional[Token]:
    """The "by" agent of a passive verb, or None."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _object_controller(verb: Token) -> Optional[Token]:
    """The object of the verb an infinitive depends on ("led Airbus to announce", "pushed
    the firm to admit"): the one who does the saying; None for a subject-control verb."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.dep_ != "xcomp" and not (verb.dep_ == "advcl" and verb.head.lemma_.lower() in OBJECT_CONTROL_VERBS):
        return None  # "hired a lawyer to say …" (a purpose) keeps the subject
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if obj is None or any(c.dep_ == "det" and c.lower_ in ("any", "every", "no", "each") for c in obj.children):
        return None  # "should force any rational person to question …": no one in particular
    return obj


def _paragraph_subject(cue: Token) -> Optional[Token]:
    """ "Heading line\n\nJane Roe, a professor at X, explained that …": the parse ran the
    heading into the sentence and lost the subject; the name opening the cue's paragraph,
    set off by a comma or right before the cue, is it."""
    doc = cue.doc
    brk = next((i for i in range(cue.i - 1, max(cue.sent.start, cue.i - 40) - 1, -1) if doc[i].is_space and "\n" in doc[i].text), None)
    if brk is None or brk + 1 >= cue.i or doc[brk + 1].pos_ != "PROPN":
        return None
    head = doc[brk + 1]
    while head.i + 1 < cue.i and doc[head.i + 1].pos_ == "PROPN":
        head = doc[head.i + 1]
    if head.i + 1 == cue.i or (doc[head.i + 1].text == "," and doc[cue.i - 1].text == ","):
        return head
    return None


ASIDE_MARKS = frozenset({"-", "—", "–", "--", ")"})


def _fragment_root(cue: Token, subject: Token) -> Optional[Token]:
    """The noun a misparsed sentence hangs from, when the cue sits in its relative clause and
    the parsed subject cannot speak ("The youths who have protested since the boy's death
    have vowed …" parsed with "death" as the subject of "vowed"): the youths vowed."""
    root = cue.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > subject.i or source_like(subject):
        return None
    if not (source_like(root) or root.tag_ in ("NNS", "NNPS")):
        return None  # "the youths", "the residents": people; "the price" is no one
    clause = next((c for c in root.rights if c.dep_ == "relcl"), None)
    return root if clause is not None and clause.left_edge.i <= cue.i <= clause.right_edge.i else None


def _subject(verb: Token) -> Optional[Token]:
    """The verb's subject; of two that follow each other (the parse split "said study
    co-author Jane Roe" in two), the name."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not garbled(c)]
    if len(subjects) >= 2 and _is_dateline(subjects[0]):
        subjects = subjects[1:]  # "BUFFALO, N.Y. — … coach Jane Roe expressed …": the dateline is no subject
    if len(subjects) >= 2:
        first, second = subjects[:2]
        adjacent = second.left_edge.i == first.right_edge.i + 1
        person = second.ent_type_ == "PERSON" and first.ent_type_ != "PERSON"
        if adjacent and second.pos_ == "PROPN" and (first.pos_ in ("NOUN", "ADJ") or person):
            return second  # one phrase cut in two: "study co- | author Jane Roe", "The Thick of It | writer Jane Roe"
        gap = verb.doc[first.right_edge.i + 1 : second.left_edge.i]
        if second.i < verb.i and any(t.text in ASIDE_MARKS for t in gap):
            return second  # "During the visit - the first stop - the two nations announced": an aside, then the subject
    return _named_in_title(subjects[0]) if subjects else None


def _named_in_title(subject: Token) -> Token:
    """The person a title phrase ends with, when the parse made the title's noun the head
    ("leading land academic Ben Cousins", "the agency's director-general Jane Roe"): no comma
    between them, so the name is the speaker, not a gloss."""
    if subject.ent_type_ == "PERSON":
        return subject
    for child in subject.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ == "PERSON":
            if not any(t.is_punct for t in subject.doc[subject.i + 1 : child.left_edge.i]):
                return child
        if child.dep_ == "conj" and _titled_conjunct(subject, child):
            return child  # "Actor and director Jane Roe": one person with two roles
    return subject


def _titled_conjunct(subject: Token, conj: Token) -> bool:
    """A bare role noun joined to a titled name ("Comedian and writer Jane Roe"): no article
    or owner before the first role (not "The minister and opposition leader Jane Roe")."""
    if subject.pos_ != "NOUN" or any(c.dep_ in ("det", "poss") for c in subject.children):
        return False
    titled = any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in conj.children)
    return conj.pos_ == "PROPN" and conj.ent_type_ == "PERSON" and titled


def _reports_clause(verb: Token) -> bool:
    return any(c.dep_ == "ccomp" and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children) for c in verb.children)


def _plausible(subject: Token, cue: Token, quoted: Sequence[bool]) -> bool:
    """A subject outside quotes, in the same paragraph as its cue, and not a dateline
    ("KYIV, March 3 (Reuters) - … said")."""
    if quoted[subject.i] or _is_dateline(subject) or garbled(subject):
        return False
    lo, hi = sorted((subject.i, cue.i))
    doc = subject.doc
    return not any(doc[i].is_space and "\n" in doc[i].text for i in range(lo, hi))


def _is_dateline(token: Token) -> bool:
    return is_dateline(token)


def _name_opening(cue: Token, frame: Sequence[Token]) -> Optional[Token]:
    """ "“…,” Trump, the 2016 GOP frontrunner, said": the name or pronoun opening the frame."""
    ids = {t.i for t in frame}
    for token in frame:
        if token.i >= cue.i:
            break
        if token.is_punct:
            continue
        return _phrase_head(token, ids) if token.pos_ in ("PROPN", "PRON") else None
    return None


def _antecedent_of_relative(subject: Token) -> Token:
    """ "Borges, who predicted …": the subject "who" stands for "Borges"."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def _noun_after(cue: Token, frame: Sequence[Token]) -> Optional[Token]:
    ids = {t.i for t in frame}
    for i in range(cue.i + 1, cue.i + 6):
        if i not in ids:
            break
        token = cue.doc[i]
        if token.pos_ in ("PROPN", "PRON", "NOUN"):
            return _phrase_head(token, ids)
    return None


def _noun_before(cue: Token, frame: Sequence[Token]) -> Optional[Token]:
    ids = {t.i for t in frame}
    i = cue.i - 1
    if i in ids and cue.doc[i].pos_ in ("PROPN", "PRON", "NOUN") and not garbled(cue.doc[i]):
        return cue.doc[i]
    return None


def garbled(token: Token) -> bool:
    """A lone non-ASCII letter left by a broken encoding ("â" for a quote mark): no word."""
    return len(token.text) == 1 and not token.text.isascii()


def _phrase_head(token: Token, ids: set[int]) -> Token:
    """Climb compound/flat links to the head of a name ("Rick" -> "Wilson")."""
    while token.dep_ in ("compound", "flat", "amod", "det") and token.head.i in ids and token.head.i > token.i:
        token = token.head
    return token
