"""What a quantity measures, and GDELT-style count types, read from the dependency parse.

`measures` is the noun phrase the quantity attaches to, reduced to its compounds and
head ("at least three powerful explosions" → "explosions", "20% of our territory" →
"territory"); an attribute noun gets its owner ("a range of nearly 1,900 miles" said
of "Flamingo missiles, which boast …" → "range of Flamingo missiles"). Count types
follow GDELT's GKG counts (KILL, WOUND, ARREST, KIDNAP, PROTEST, SEIZE, AFFECT) and
are only set where a verb or noun says so. Without a parse, `attach_text` falls back
on the words around the quantity.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span, Token

from newsgraph.quantities.found import Found
from newsgraph.quantities.patterns import AGE_GROUP_BEFORE_RE

_TYPE_WORDS = {
    "KILL": "kill killed killing kills die died dying dead death deaths fatality fatalities slay slain "
            "execute executed murder murdered massacre massacred behead beheaded perish perished toll "
            "bodies corpses",
    "WOUND": "wound wounded wounding injure injured injuring injury injuries hurt hospitalize "
             "hospitalized hospitalised maim maimed",
    "ARREST": "arrest arrested arresting arrests detain detained detaining detention jail jailed "
              "imprison imprisoned apprehend apprehended",
    "KIDNAP": "kidnap kidnapped kidnapping abduct abducted abducting hostage hostages abductee abductees",
    "PROTEST": "protest protested protesting protester protesters protestor protestors demonstrate "
               "demonstrated demonstrating demonstrator demonstrators march marched marching marcher "
               "marchers rally rallied",
    "SEIZE": "seize seized seizing seizure confiscate confiscated impound impounded",
    "AFFECT": "displace displaced evacuate evacuated evacuee evacuees strand stranded homeless "
              "affect affected flee fled refugee refugees",
}
TYPE_OF_WORD = {w: t for t, words in _TYPE_WORDS.items() for w in words.split()}
_PEOPLE = frozenset(
    "people person persons civilian soldier troop child children kid woman women man men resident "
    "citizen student worker fighter militant member officer police policeman passenger villager "
    "family families adult teenager teen boy girl baby infant migrant refugee protester prisoner "
    "patient journalist individual victim staff crew employee personnel".split()
)
_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee")
_HAVE_VERBS = frozenset("have boast offer feature possess carry give reach cover span".split())
_COPULAS = frozenset("be measure weigh cost stretch span reach cover total stand lie remain comprise average".split())
_ARGUMENT_DEPS = frozenset("nsubj nsubjpass dobj attr oprd nummod agent".split())
_AFTER_TYPE_RE = re.compile(
    r"^(?:\s+[a-z][\w-]*){0,2}?\s+(?:(?:were|was|have\s+been|had\s+been|are|got|being)\s+)?([a-z]+)"
)
_BEFORE_TYPE_RE = re.compile(r"([a-z]+)\s+(?:(?:at\s+least|more\s+than|some|about|nearly|almost|over)\s+)?$")
_FUNCTION = frozenset("a an the of in on at to for by from with and or but as is was were be are that which".split())


def attach(doc: Doc, found: Found) -> tuple[Optional[str], Optional[str]]:
    """(measures, count_type) for a quantity, from the parse of `doc`."""
    span = doc.char_span(found.num_start, found.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None
    head = _past_period_on_period(span.root)
    counted = _ratio_noun(span, found) or _counted_noun(head, span) or _money_in_object(head, found)
    measures = _measures(head, span, counted, found)
    return measures, _count_type(head, counted, found)


_PERIODS = frozenset("year month quarter week day".split())


def _past_period_on_period(head: Token) -> Token:
    """"rose 7.5% year on year": the parse hangs the amount on "year"; the change is the verb's, so
    the period phrase stands in for the amount (it measures what rose, not the year)."""
    noun = head.head
    if head.dep_ not in ("compound", "nummod", "amod") or noun.lower_ not in _PERIODS or noun.i + 2 >= len(noun.doc):
        return head
    joiner, again = noun.doc[noun.i + 1], noun.doc[noun.i + 2]
    if joiner.lower_ in ("on", "over", "-") and again.lower_ in (noun.lower_, "on"):
        return noun
    return head


def _counted_noun(head: Token, span: Span) -> Optional[Token]:
    """The noun a bare number counts: "three explosions" → explosions, "thousands of X" → X."""
    if head.dep_ == "nummod" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i >= span.end:
        return _compound_head(_past_model_name(head.head))
    of = _of_object(head)
    if of is not None:
        return of
    return None


def _compound_head(noun: Token) -> Token:
    """"three team points", "a 15-0 team lead": the noun a compound modifier right after the number belongs to."""
    while noun.dep_ == "compound" and noun.head.i == noun.i + 1 and noun.head.pos_ == "NOUN":
        noun = noun.head
    return noun


def _money_in_object(head: Token, found: Found) -> Optional[Token]:
    """"$809 million in sales", "$2 billion in revenue": an amount of money names what it is in with "in"."""
    if found.unit is None or found.unit.dimension != "currency":
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "in" and child.i == head.i + 1:
            obj = next((o for o in child.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
            if obj is not None and not obj.ent_type_ and not any(c.dep_ == "det" for c in obj.children):
                return obj  # not "$1 million in the bank": a place, not what the money is
    return None


def _past_model_name(noun: Token) -> Token:
    """"seven AK-47 assault rifles": the number counts the rifles, not the model name before them."""
    while any(c.isdigit() for c in noun.text) and noun.dep_ in ("compound", "nmod", "amod", "nummod") \
            and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def _ratio_noun(span: Span, found: Found) -> Optional[Token]:
    """"one in five children": the noun right after a ratio is what it counts."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if found.kind != "ratio" or after is None or after.pos_ not in ("NOUN", "PROPN"):
        return None
    while after.dep_ == "compound" and after.head.i == after.i + 1 and after.head.pos_ in ("NOUN", "PROPN"):
        after = after.head  # "one in two EU citizens": the citizens
    return after


def _of_object(token: Token) -> Optional[Token]:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
    return None


def _measures(head: Token, span: Span, counted: Optional[Token], found: Found) -> Optional[str]:
    """The measured phrase, or None when the parse points across a paragraph or heading break."""
    measures, token = _measured(head, span, counted)
    if token is not None and _n_time_title(token):
        measures, token = noun_phrase(token.head, token.i + 1), token.head  # "a five-time NBA champion": not "time"
    if token is None or _across_break(span, token):
        return None
    if found.unit is not None and _behind_next_conjunct(span, token):
        return None
    return measures


def _n_time_title(token: Token) -> bool:
    """"time" in "a five-time champion": a count of the titles of the noun it modifies."""
    return token.lower_ == "time" and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN")


def _behind_next_conjunct(span: Span, token: Token) -> bool:
    """"300 horsepower and 400 lb-ft of torque": the object follows the next conjoined amount (it is that one's)."""
    between = span.doc[span.end:token.i]
    return any(t.dep_ == "cc" for t in between) and any(t.like_num for t in between)


def _across_break(span: Span, token: Token) -> bool:
    """Whether a line break separates the quantity from the word it would measure (a heading, a list)."""
    lo, hi = sorted((span.start, token.i))
    return any("\n" in word.text_with_ws for word in span.doc[lo:hi])


def _measured(head: Token, span: Span, counted: Optional[Token]) -> tuple[Optional[str], Optional[Token]]:
    if counted is not None:
        return noun_phrase(_conjunct_head(counted), span.end), _conjunct_head(counted)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN" \
            and head.head.head.lower_ not in _AMOUNT_IDIOM_NOUNS:
        noun = head.head.head
        return _with_owner(noun), noun
    if head.dep_ in ("compound", "amod", "nmod", "nummod") and head.head.pos_ in ("NOUN", "PROPN") and head.head.i >= span.end:
        noun = _compound_head(_past_model_name(head.head))
        return noun_phrase(noun, span.end), noun
    if head.dep_ == "npadvmod" and head.head.lower_ == "worth" and head.head.head.pos_ == "NOUN":
        return noun_phrase(head.head.head), head.head.head
    if head.dep_ == "npadvmod" and head.head.pos_ in ("ADJ", "ADV") and head.head.tag_ not in ("JJR", "RBR") \
            and not _degree_idiom(head.head) and head.head.lower_ not in _TIME_ADVERBS | _CHANGE_ADVERBS:
        return _extent(head.head)  # not "one hour more than …": a comparison, no object
    moved = _moved_object(head, span)
    if moved is not None:
        return _with_owner(moved), moved
    changed = _changed_by(head)
    if changed is not None:
        return _with_owner(changed), changed
    valued = _valued_at(head)
    if valued is not None:
        return _with_owner(valued), valued
    if head.dep_ in ("attr", "dobj", "npadvmod") and head.head.lemma_ in _COPULAS:
        subject = _subject(head.head)
        return (_with_owner(subject), subject) if subject is not None else (None, None)
    return None, None


# Verbs that move their object some distance: "sent ash 8 km into the sky", "threw debris 200 metres".
_SENDING_VERBS = frozenset("""send throw hurl fling blow push pull drag carry move shift lift shoot launch
    propel sweep toss tow drive knock""".split())


def _moved_object(head: Token, span: Span) -> Optional[Token]:
    """"sent ash 8 km into the sky": an amount after the verb's object tells how far the object went."""
    if head.dep_ not in ("dobj", "npadvmod") or head.head.lemma_ not in _SENDING_VERBS or span.start == 0:
        return None
    before = span.doc[span.start - 1]  # a common noun ("ash" may be tagged a proper one), not "beat Leeds 4-1"
    ok = before.dep_ == "dobj" and before.head.i == head.head.i and (before.pos_ == "NOUN" or before.is_lower)
    return before if ok else None


# Verbs of change: "inflation rose to 3.4%", "the bank raised rates by half a point".
_CHANGE_VERBS = frozenset("""rise fall increase decrease grow drop climb jump surge slip decline plunge
    soar shrink slow ease edge dip tumble slump rebound raise cut lower reduce boost lift trim double triple
    halve quadruple bring push""".split())
# Those that take the amount itself as object ("jumped 12%"; not "raised $5m", "cut 1,200 jobs").
_MOVING_VERBS = _CHANGE_VERBS - frozenset("raise cut lower reduce boost lift trim increase decrease bring push".split())
# Verbs of reaching a level: "temperatures hit 41C", "the index topped 5,000 points".
_LEVEL_VERBS = frozenset("hit reach top touch exceed surpass".split())


def _changed_by(head: Token) -> Optional[Token]:
    """What changed to, by or from the amount: the verb's object, else its subject."""
    prep = head.head
    if head.dep_ in ("dobj", "npadvmod") and prep.pos_ == "VERB" and prep.lemma_.lower() in _MOVING_VERBS | _LEVEL_VERBS:
        subject = _subject(prep)  # "shares jumped 12%"; but "the climber fell 600m" is a fall
        return None if subject is None or subject.ent_type_ == "PERSON" or subject.lemma_ in _PEOPLE else subject
    if head.dep_ != "pobj" or prep.lower_ not in ("to", "by", "from") or prep.dep_ not in ("prep", "agent"):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CHANGE_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    return obj if obj is not None else _subject(verb)


# "to the tune of $28bn", "in the region of", "in excess of", "in front of 15,522", "on top of $5m",
# "a total of $12,000": complex prepositions and amount nouns around an amount, not what it measures.
_AMOUNT_IDIOM_NOUNS = frozenset("""tune region order neighborhood neighbourhood excess vicinity upwards
    front top place lieu behalf spite terms total sum maximum minimum""".split())


# "$35 million later", "three years early": a shift in time, not a property the amount measures.
_TIME_ADVERBS = frozenset("later earlier early late ago before after sooner afterwards prior".split())
# "up 7% from 2024", "down 3% on the year": the size of a change, not an extent of what follows.
_CHANGE_ADVERBS = frozenset("up down off".split())


# Verbs that value a thing or hold it at a level: "priced at", "put the toll at", "kept rates at 6.5%",
# "stood at", "closed at 5,000 points".
_VALUING_VERBS = frozenset("""price value estimate put peg assess cap set keep hold leave stand remain sit
    hover stay settle close peak""".split())


def _valued_at(head: Token) -> Optional[Token]:
    """"Paperbacks are priced at 50 cents", "a house valued at $300,000": the thing valued."""
    verb = _at_verb(head)
    if verb is None or verb.lemma_ not in _VALUING_VERBS:
        return None
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    valued = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    return valued if valued is not None else _subject(verb)  # "police put the toll at 12": the toll


def _at_verb(head: Token) -> Optional[Token]:
    """The verb an amount hangs from with "at": "valued at $5m"; also "put at well over 60 percent",
    where the parser hangs the amount from the verb and leaves "at" without an object."""
    if head.dep_ == "pobj" and head.head.lower_ == "at":
        return head.head.head
    verb = head.head
    if head.dep_ == "npadvmod" and verb.pos_ == "VERB" and any(
            c.lower_ == "at" and c.dep_ == "prep" and verb.i < c.i < head.i and not list(c.children)
            for c in verb.children):
        return verb
    return None


def _degree_idiom(word: Token) -> bool:
    """"so far", "thus far", "so much": the adverb after a degree word is an idiom, not a measured extent."""
    return word.i > 0 and word.doc[word.i - 1].lower_ in ("so", "thus", "too")


def _conjunct_head(noun: Token) -> Token:
    """"four security and diplomatic officials": a singular noun coordinated with a plural one counts the plural."""
    if noun.tag_ != "NN":
        return noun
    for child in noun.children:
        if child.dep_ == "conj" and child.tag_ == "NNS":
            return child
    return noun


def _with_owner(noun: Token) -> str:
    """"range" + its owner: "the missile's range", "missiles, which boast a range" → "range of …"."""
    owner = _owner(noun)
    base = noun_phrase(noun)
    return f"{base} of {noun_phrase(owner)}" if owner is not None else base


def _owner(noun: Token) -> Optional[Token]:
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
            return child
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_ in _HAVE_VERBS:
        subject = _subject(verb)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            return subject
    return None


def _subject(verb: Token) -> Optional[Token]:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                return verb.head
            return child if child.pos_ in ("NOUN", "PROPN") else None
    return None


def _extent(word: Token) -> tuple[Optional[str], Optional[Token]]:
    """"1.2 km long" said of "the bridge": the subject; "860 miles deep within Russian territory": the phrase."""
    phrase = _adverbial(word)
    if phrase == word.text and word.dep_ == "acomp":
        subject = _subject(word.head)
        if subject is not None:
            return _with_owner(subject), subject
    return phrase, word


def _adverbial(word: Token) -> str:
    """"860 miles deep within Russian territory": the word with its preposition phrase."""
    preps = [c for c in word.children if c.dep_ == "prep"]
    if word.head.pos_ == "ADP" and word.head.i == word.i + 1:
        preps.insert(0, word.head)
    for prep in preps:
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if objs:
            return f"{word.text} {prep.text} {_modified_phrase(objs[0])}"
    return word.text


def _modified_phrase(noun: Token) -> str:
    left = [c for c in noun.lefts if c.dep_ in ("amod", "compound")]
    start = left[0].i if left else noun.i
    return noun.doc[start:noun.i + 1].text


def noun_phrase(noun: Token, floor: int = 0) -> str:
    """The noun with its compounds ("Flamingo missiles"), without determiners or adjectives.

    Compounds before token index `floor` (the quantity itself) are left out.
    """
    start = noun.i
    for child in reversed(list(noun.lefts)):
        if child.dep_ == "compound" and child.i == start - 1 and child.i >= floor and not child.is_punct:
            start = child.i
        elif child.dep_ != "compound" or child.i < start - 1:
            break
    return noun.doc[start:noun.i + 1].text


def _count_type(head: Token, counted: Optional[Token], found: Found) -> Optional[str]:
    if found.unit is not None and found.unit.dimension not in ("mass", "currency"):
        return None
    if found.unit is not None:
        return "SEIZE" if _governing_type(head) == "SEIZE" else None
    anchor = counted if counted is not None else head
    people = counted is None or _is_people(counted)
    kind = _governing_type(anchor)
    if kind is None and anchor is not head:
        kind = _governing_type(head)
    if kind is None and counted is not None:
        kind = TYPE_OF_WORD.get(counted.lower_)
        if kind is not None and not people:
            return kind  # "14 deaths", "212 injuries", "30 arrests": the noun is the count's type
    if kind is None:
        return None
    return kind if people or kind in ("SEIZE", "PROTEST") else None


def _governing_type(token: Token) -> Optional[str]:
    """The type of the verb (or predicate adjective) a count is a direct argument of."""
    for child in token.children:
        if child.dep_ in ("amod", "acl") and child.lower_ in TYPE_OF_WORD:
            return TYPE_OF_WORD[child.lower_]
    verb = _governor(token)
    if verb is None or verb.pos_ not in ("VERB", "ADJ", "AUX"):
        return None
    kind = TYPE_OF_WORD.get(verb.lemma_.lower()) or TYPE_OF_WORD.get(verb.lower_)
    return kind or _predicate_type(verb, token)


def _governor(token: Token) -> Optional[Token]:
    """The verb whose subject or object the token is ("to 40" goes through its preposition)."""
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return token.head.head
    if token.dep_ in _ARGUMENT_DEPS:
        return token.head
    return None


def _predicate_type(verb: Token, token: Token) -> Optional[str]:
    """"left 5 dead", "the death toll rose to 40": the type from a predicate or subject."""
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "xcomp") and child.lower_ in TYPE_OF_WORD:
            return TYPE_OF_WORD[child.lower_]
        if child.lower_ == "toll" and child is not token and (
                child.dep_ == "nsubj" or (child.dep_ == "dobj" and token.dep_ == "pobj" and token.head.lower_ in ("to", "at"))):
            return "KILL"  # "the toll rose to 40", "bringing the toll to 112"
    return None


def _is_people(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in _PEOPLE or noun.ent_type_ in ("NORP", "PERSON"):
        return True
    return noun.tag_ in ("NNS", "NNPS") and lemma.endswith(_PERSON_SUFFIXES)


def attach_text(text: str, found: Found) -> tuple[Optional[str], Optional[str]]:
    """(measures, count_type) from the surrounding words, for use without a parse."""
    after = text[found.end:found.end + 60]
    measures = None
    of = re.match(r"\s+of\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+|its\s+|his\s+|her\s+|my\s+|your\s+)?([A-Za-z][\w-]*)", after)
    if of:
        measures = of.group(1)
    elif found.unit is None:
        words = re.match(r"\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)", after)
        if words and words.group(1).split()[0] not in _FUNCTION:
            measures = words.group(1).split()[-1] if words.group(1).split()[-1] not in _FUNCTION else words.group(1).split()[0]
    return measures, _text_count_type(text, found)


def _text_count_type(text: str, found: Found) -> Optional[str]:
    if found.unit is not None:
        return None
    after = _AFTER_TYPE_RE.match(text[found.end:found.end + 50])
    if after and after.group(1) in TYPE_OF_WORD:
        return TYPE_OF_WORD[after.group(1)]
    before = _BEFORE_TYPE_RE.search(text[max(0, found.start - 30):found.start].lower())
    if before and before.group(1) in TYPE_OF_WORD:
        return TYPE_OF_WORD[before.group(1)]
    return None


_NAME_BEFORE_RE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s*[,(]\s*(?:now\s+|then\s+|still\s+)?$")
_NOUN_AFTER_RE = re.compile(r"\s+([a-z][a-z-]+)\b")
_NAME_AFTER_RE = re.compile(r"\s+((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)")


def age_of(text: str, found: Found, doc: Optional[Doc] = None) -> str:
    """What an age measures: "age of Jane Doe" ("Jane Doe, 32,"), "age of man" ("a 57-year-old man"), or "age"."""
    name = _NAME_BEFORE_RE.search(text, max(0, found.start - 60), found.start)
    if name is not None:
        return f"age of {name.group(1)}"
    group = AGE_GROUP_BEFORE_RE.search(text, max(0, found.num_start - 40), found.num_start)
    if group is not None:
        return f"age of {group.group(1)}"
    subject = _subject_of_age(doc, found) if doc is not None else None
    if subject is not None:
        return f"age of {noun_phrase(subject)}"
    noun = _NOUN_AFTER_RE.match(text, found.end)
    if noun is not None and text[found.end - 3:found.end].lower() == "old" and _is_noun(noun.group(1), doc, noun.start(1)):
        return f"age of {noun.group(1)}"
    person = _person_after(text, found, doc)
    return f"age of {person}" if person else "age"


def _person_after(text: str, found: Found, doc: Optional[Doc]) -> Optional[str]:
    """"47-year-old Paul Floyd": the person the age adjective is written before (a PERSON entity)."""
    name = _NAME_AFTER_RE.match(text, found.end) if text[found.end - 3:found.end].lower() == "old" else None
    if name is None or doc is None:
        return None
    span = doc.char_span(name.start(1), name.end(1), alignment_mode="contract")
    if span is None or len(span) == 0 or any(t.ent_type_ != "PERSON" for t in span):
        return None
    return span.text


def _subject_of_age(doc: Doc, found: Found) -> Optional[Token]:
    """"The first baseman will be 29", "Smith turns 40": the subject of the verb the age completes."""
    span = doc.char_span(found.num_start, found.num_end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.dep_ not in ("attr", "dobj", "acomp", "npadvmod"):
        return None
    verb = span.root.head
    if verb.lemma_.lower() not in ("be", "turn"):
        return None
    return _subject(verb)


_NOT_NOUNS = frozenset("was were is are has had have will would can could said says took went got made came "
                       "ran fell left died flew drove won lost told gave spent met sat stood wrote began became saw "
                       "knew thought found kept held led paid sold sent brought bought caught fought rode broke spoke "
                       "chose ate drank shot struck".split())


def _is_noun(word: str, doc: Optional[Doc], start: int) -> bool:
    """Whether the word after "-year-old" is the noun it describes ("man"), not a verb ("died")."""
    if doc is not None:
        span = doc.char_span(start, start + len(word))
        if span is not None and len(span) == 1:
            return span[0].pos_ in ("NOUN", "PROPN") and word not in _NOT_NOUNS  # the tagger may call "flew" a noun
    return word not in _FUNCTION and word not in _NOT_NOUNS and not word.endswith("ed")
