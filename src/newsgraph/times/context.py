"""What the words around a time expression say: tense, part of speech, named entities.

`Hints` answers these questions from a parsed spaCy Doc when there is one (the verb that
governs the expression, its auxiliaries, the entity labels), and from plain-text cues
otherwise, so `extract_times` also works without spaCy.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span, Token

PAST, UNKNOWN, FUTURE = -1, 0, 1

_FUTURE_CUE = re.compile(
    r"\b(?:will|won't|shall|'ll|would|going\s+to|plans?\s+to|planned|expected|scheduled|due\s+to|"
    r"intends?\s+to|next|upcoming|set\s+to|is\s+to|are\s+to|until|ahead|coming)\b",
    re.IGNORECASE,
)
_PAST_CUE = re.compile(
    r"\b(?:said|was|were|had|did|told|ago|last|earlier|\w{2,}ed)\b",
    re.IGNORECASE,
)
# An all-capitals "UP NEXT" / "NEXT UP" heading on its own line, and no blank line since.
_COMING_UP = re.compile(r"(?:^|\n)(?:UP NEXT|NEXT UP|COMING UP)\s*\n(?:[^\n]*\n){0,3}[^\n]*$")
_FORWARD_PREP = re.compile(
    r"\b(?:until|till|as\s+early\s+as|as\s+soon\s+as|no\s+later\s+than|starting|beginning|"
    r"scheduled\s+for|set\s+for|due|towards?|ahead\s+of|"
    r"(?:extended|postponed|delayed|deferred|rescheduled|adjourned|pushed\s+back)\s+(?:to|until|till))"
    r"\s+(?:on\s+)?$", re.IGNORECASE)
_BACKWARD_PREP = re.compile(r"\b(?:since|as\s+of)\s+(?:on\s+)?$", re.IGNORECASE)
# A date right after a past verb of reporting: "said on Tuesday it would …" dates the saying.
_REPORTED_ON = re.compile(r"\b(?:said|told\s+\w+|announced|reported|confirmed|added|stated|wrote|warned|"
                          r"disclosed|revealed)\s+(?:on\s+)?$")
_UNTIL = re.compile(r"\b(?:until|till)\s+(?:(?:nearly|about|around|almost|just|well)\s+)?(?:on\s+)?$|"
                    r"\b(?:until|till)\s+\S+\s+(?:a\.m\.|p\.m\.|am|pm)\s+$", re.IGNORECASE)
# Verbs whose past tense looks like their present ("hurt the composite on Friday").
SAME_IN_PAST = frozenset("""
hurt cut put set hit cost let shut quit spread cast bet burst read split upset thrust slit shed
""".split())
# Verbs of something that lasts: "until" after them says when it stopped.
DURATIVE_LEMMAS = frozenset("""
keep go continue last stay remain run wait linger sit stand work play dance party march rage
burn protest fight celebrate gather
""".split())
# Present-tense verbs that report rather than schedule ("says Tuesday", "shows in March").
REPORTING_LEMMAS = frozenset("""
say tell report announce confirm add note state claim show indicate estimate write argue insist
explain acknowledge admit deny believe think know find suggest warn recall describe call
""".split())
_SENTENCE_END = re.compile(r"[.!?]['\"”’]?\s+(?=[A-Z“\"'])|\n\s*\n")
# Entity labels under which a month or weekday word is a name, not a date.
NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "LAW", "NORP", "GPE", "LOC"})


_TWO_WORDS_AFTER = re.compile(r" ([A-Z][\w&.-]*) ([\w-]+)")
_MODEL_NAME = re.compile(r"\d|\w-\w")  # "F-150", "e-tron", "A4": a model name, not an ordinary word
_EVENT_WORDS = re.compile(
    r"\b(?:Cup|League|Championships?|Games|Conference|Summit|Festival|Awards?|Olympics|Open|Finals?|Elections?|"
    r"Convention|Series|Tour|Show|Expo|Fair|Marathon|Prize|Forum|Congress|Budget|Report|Survey|Census)\b")


def doc_matches(doc: Doc, text: str) -> bool:
    """Whether `doc` was made from `text`, checked at its ends (cheaper than building `doc.text`)."""
    if len(doc) == 0:
        return text == ""
    first, last = doc[0], doc[-1]
    return (last.idx + len(last.text_with_ws) == len(text) and text.startswith(first.text, first.idx)
            and text.startswith(last.text, last.idx))


class Hints:
    """Tense and word-class questions about stretches of one text."""

    def __init__(self, text: str, doc: Optional[Doc] = None) -> None:
        self.text = text
        self.doc = doc if doc is not None and doc_matches(doc, text) else None
        self._parsed = self.doc is not None and _annotated(self.doc, "dep_")
        self._tagged = self.doc is not None and _annotated(self.doc, "tag_")

    def span(self, start: int, end: int) -> Optional[Span]:
        """The tokens covering a character stretch (None without a Doc)."""
        if self.doc is None:
            return None
        return self.doc.char_span(start, end, alignment_mode="expand")

    def tense(self, start: int, end: int) -> int:
        """PAST, FUTURE or UNKNOWN for the clause holding the stretch."""
        before = self.text[max(0, start - 24):start]
        if _COMING_UP.search(self.text, max(0, start - 160), start):
            return FUTURE  # a wire sports story's closing "UP NEXT" section lists the coming games
        if _FORWARD_PREP.search(before):
            # "kept going until 2 a.m. Friday" looks back when its clause is in the past
            if _UNTIL.search(before) and self._lasted_until(start, end):
                return PAST
            return FUTURE
        if _BACKWARD_PREP.search(before) or _REPORTED_ON.search(before):
            return PAST  # "since Friday"; "said on Tuesday it would cut jobs": the day of the report
        found = self._tense_from_parse(start, end) if self._parsed else UNKNOWN
        return found if found != UNKNOWN else self._tense_from_text(start, end)

    def will_governs(self, start: int, end: int) -> bool:
        """Whether the verb the stretch hangs on takes "will" or "shall" ("will begin on November 4")."""
        span = self.span(start, end) if self._parsed else None
        if span is None or len(span) == 0:
            return False
        verb = span.root
        for _ in range(6):
            if (verb.pos_ in ("VERB", "AUX") and verb.i not in range(span.start, span.end)) or verb.head.i == verb.i:
                break
            verb = verb.head
        return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo") for c in verb.children)

    def _tense_from_parse(self, start: int, end: int) -> int:
        span = self.span(start, end)
        if span is None or len(span) == 0:
            return UNKNOWN
        verb = span.root
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX") and verb.i not in range(span.start, span.end):
                break
            if verb.head.i == verb.i:
                break
            verb = verb.head
        root = span.root
        direct = root.head.i == verb.i or (root.head.dep_ == "prep" and root.head.head.i == verb.i)
        found = verb_tense(verb, direct)
        if found == UNKNOWN and _nonfinite(verb) and verb.head.pos_ in ("VERB", "AUX"):
            return verb_tense(verb.head)  # "kept going until 2 a.m. Friday": the tense of "kept"
        return found

    def _lasted_until(self, start: int, end: int) -> bool:
        """"kept going until 2 a.m. Friday": something that went on, in the past, up to then
        (unlike a deadline, "gave them until Tuesday", which looks forward)."""
        span = self.span(start, end) if self._parsed else None
        if span is None or len(span) == 0 or self._tense_from_parse(start, end) != PAST:
            return False
        node = span.root
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in DURATIVE_LEMMAS:
                return True
            if node.head.i == node.i:
                break
            node = node.head
        return False

    def _tense_from_text(self, start: int, end: int) -> int:
        left, right = self.sentence_bounds(start, end)
        best, best_gap = UNKNOWN, 10**9
        for cue, direction in ((_FUTURE_CUE, FUTURE), (_PAST_CUE, PAST)):
            for m in cue.finditer(self.text, left, right):
                if start <= m.start() < end:
                    continue
                gap = start - m.end() if m.end() <= start else m.start() - end
                if gap < best_gap:
                    best, best_gap = direction, gap
        return best

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Character bounds of the sentence around a stretch (at most ~300 chars each side)."""
        lo, hi = max(0, start - 300), min(len(self.text), end + 300)
        left = lo
        for m in _SENTENCE_END.finditer(self.text, lo, start):
            left = m.end()
        after = _SENTENCE_END.search(self.text, end, hi)
        return left, (after.start() + 1 if after else hi)

    def tag(self, start: int, end: int) -> Optional[str]:
        """The fine-grained tag of the first token of the stretch, or None."""
        if not self._tagged:
            return None
        span = self.span(start, end)
        return span[0].tag_ if span is not None and len(span) else None

    def entity_label(self, start: int, end: int) -> Optional[str]:
        """The label of a named entity covering the stretch, or None."""
        span = self.span(start, end)
        if span is None:
            return None
        for token in span:
            if token.ent_type_:
                return token.ent_type_
        return None

    def product_after(self, end: int) -> bool:
        """Whether a make and a model name follow: "the 2020 Audi e-tron", "a 2018 Toyota Camry".

        The first word is tagged ORG or PRODUCT and the next is a model name (with a digit or a
        hyphen, or tagged PRODUCT); an event word ("Cup", "Summit", "Awards" …) close by keeps it a year.
        """
        m = _TWO_WORDS_AFTER.match(self.text, end)
        if m is None or self.entity_label(m.start(1), m.end(1)) not in ("ORG", "PRODUCT"):
            return False
        if _EVENT_WORDS.search(self.text, end, m.end(2) + 12) or self.entity_label(m.start(2), m.end(2)) == "EVENT":
            return False
        return bool(_MODEL_NAME.search(m.group(2))) or self.entity_label(m.start(2), m.end(2)) == "PRODUCT"

    def is_sentence_start(self, start: int) -> bool:
        """Whether a stretch starts its sentence (capitals there say nothing)."""
        before = self.text[max(0, start - 3):start]
        return start == 0 or not before.strip() or before.rstrip()[-1:] in ".!?\"'“”\n:"


def _annotated(doc: Doc, attr: str) -> bool:
    """Whether the Doc carries an annotation, judged on its first tokens (O(1), unlike
    `Doc.has_annotation`, which visits every token)."""
    return any(getattr(token, attr) for token in doc[:8])


def verb_tense(verb: Token, direct: bool = False) -> int:
    """The tense of a verb token, read from its tag and auxiliaries.

    "will"/"would" and infinitives ("planned to leave Thursday") point forward;
    perfects ("have been searching since") and past tags point back. Other modals
    ("may stop in three weeks") point forward too, except "could", which is also a past
    ("could be located Wednesday"). With `direct` (the date modifies the verb itself), a
    present tense that reports nothing schedules: "reports earnings Wednesday".
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if _bare_conjunct(verb, auxes):
        return verb_tense(verb.head, direct)  # "Tickets start at £45 and go on sale Friday": the tense of "start"
    lowers = [a.lower_ for a in auxes]
    if any(a in ("will", "wo", "shall", "'ll", "would", "'d", "going") for a in lowers):
        return FUTURE
    if any(a.lemma_ == "have" for a in auxes):
        return PAST
    if "to" in lowers and _done_in_the_past(verb):
        return PAST  # "spent Monday trying to distance themselves", "decided to weigh in on Monday"
    if "to" in lowers or any(a in ("may", "might", "must", "should", "can", "ca") for a in lowers):
        return FUTURE
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return PAST
    if verb.lemma_ in _FORECAST_LEMMAS and any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return FUTURE  # "rain is forecast for the weekend", "the ruling is expected Friday"
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return FUTURE
    if direct and _scheduling_present(verb, auxes):
        return FUTURE  # "Lowe's reports earnings Wednesday", "tickets go on sale Friday"
    return UNKNOWN


# Verbs whose present passive looks ahead: "is forecast", "are expected", "is scheduled".
_FORECAST_LEMMAS = frozenset("forecast expect schedule plan predict slate due".split())


# Verbs whose infinitive looks ahead of them ("planned to leave Thursday"): not done yet.
_FORWARD_LEMMAS = frozenset("""
plan expect schedule agree promise vow intend aim hope want threaten prepare set seek ask urge order
call tell pledge wish need plot propose vote offer refuse decline arrange be have get going""".split())


def _done_in_the_past(verb: Token) -> bool:
    """An infinitive under a past-tense verb that does not look ahead ("decided to weigh in", "tried to")."""
    head = verb.head
    while head.dep_ == "xcomp" and head.head.i != head.i and head.tag_ in ("VBG", "VB"):
        head = head.head  # "spent Monday trying to distance": up to "spent"
    if head.lower_ in ("able", "unable") and head.dep_ == "acomp":
        return verb.dep_ == "xcomp" and head.head.tag_ == "VBD"  # "was able to restore services by Saturday"
    return verb.dep_ in ("xcomp", "advcl") and head.i != verb.i and head.tag_ == "VBD" and \
        head.lemma_.lower() not in _FORWARD_LEMMAS


def _bare_conjunct(verb: Token, auxes: list[Token]) -> bool:
    """A plain verb joined to the one before it with no subject or auxiliary of its own."""
    return verb.dep_ == "conj" and not auxes and verb.tag_ in ("VB", "VBP", "VBZ") and verb.head.i < verb.i \
        and verb.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _nonfinite(verb: Token) -> bool:
    return verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "advcl", "conj") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def _scheduling_present(verb: Token, auxes: list[Token]) -> bool:
    """A present-tense or imperative verb that is not a report: it tells what is scheduled."""
    if auxes or verb.lemma_.lower() in REPORTING_LEMMAS or verb.lower_ in SAME_IN_PAST:
        return False
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VB" and has_subject):
        return verb.dep_ not in ("relcl", "acl") and verb.lemma_.lower() != "be"
    return verb.tag_ == "VB" and verb.dep_ == "ROOT"  # an imperative: "Visit them on Friday"
