"""Names known by a fixed pattern of words, for `newsgraph.entities` (battery round 2, session 10).

The small model often misses or mistypes names news writes in a set form:

- a storm's name is its kind and a name, one event: "Hurricane Helene", "Storm Darragh",
  "Typhoon Yagi", "Tropical Storm Alberto" (the model tags none, or the name alone a person);
- a car is its maker's name and its model's: "a silver Toyota Camry", "a stolen Ford F-150",
  "a white Tesla Model Y", "a Ford Transit van" (the model splits them or tags the maker alone);
- a name before "-class" names a class of ships, no place: "a Kolkata-class destroyer";
- a name right after a work's common noun is the work's title, no entity ("the film Three Kings");
- an untagged name ending in "Cup" is a competition ("the FA Cup final"), one after "the"
  before a natural feature's noun a place ("the Rhine valley"), one before "users" a service
  ("Twitter users"), one before "gang" a gang, one ending in "Street" a street ("Wall Street"),
  and a word in camel case a brand ("ChatGPT", "iPhone 16");
- a title ending in "Champion", "Laureate" or "Player" is no organisation: "World Champion",
  "Most Valuable Player", "Poet Laureate";
- an ordinary word opening a sentence is no name: one the model itself tags a common noun or
  adjective ("Headway was being made"), or one of two adjectives joined by "and" ("Smart and
  ambitious, ...");
- a firm's name counted with "a" is a thing it makes ("used a Taser to subdue"), and so is a
  name listed after a product's noun ("browsers such as IE");
- a demonym before lower-case words typed as one organisation ("the Palestinian health
  ministry") is the demonym alone, a group of people;
- a person's name runs on across a lower-case particle ("Erik ten Hag", "Rafael van der Vaart");
- a name on either side of a verb of winning with a score after the loser is a team's
  ("Leeds thrashed Swansea 5-0", "beat Brentford 3-0").
"""

from __future__ import annotations

import re
from typing import Any, Optional

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from newsgraph.entities.context import FEATURE_NOUNS, PRODUCT_NOUNS
from newsgraph.entities.filters import opens_sentence
from newsgraph.entities.grouping import country_codes
from newsgraph.entities.kinds import known_place
from newsgraph.entities.mentions import NameMention
from newsgraph.entities.names import CAR_MAKERS, GAMES_HEADS, GLUED
from newsgraph.entities.people import common_surnames, english_word, given_names, surnames
from newsgraph.entities.words import FACILITY_HEADS, IRREGULAR_DEMONYMS
from newsgraph.nlp import doc_text

STORM_WORDS = frozenset("Typhoon Hurricane Storm Cyclone Superstorm".split())
STORM = re.compile(
    r"\b(?:Super Typhoon|Typhoon|Hurricane|Tropical Storm|Tropical Cyclone|Cyclone|Winter Storm|Storm|Superstorm)"
    r" ([A-Z][a-z]+)\b"
)
# Makers of cars beyond names.CAR_MAKERS (which also types "Ford Explorer" typed PERSON).
MORE_MAKERS = frozenset(
    "peugeot renault fiat vauxhall skoda mitsubishi suzuki citroen opel dacia ferrari lamborghini maserati bentley rivian polestar".split()
)
MAKER_WORDS = frozenset({m.title() for m in CAR_MAKERS | MORE_MAKERS} | {"BMW", "GMC", "BYD"})
CAR = re.compile(
    r"\b(" + "|".join(sorted(MAKER_WORDS, key=len, reverse=True)) + r")"
    r" (Model [A-Z0-9]\b|[A-Z][a-z]+[A-Z]?[a-z]*|[A-Z0-9]+(?:-[A-Z0-9]+)+|[A-Z]*\d[A-Za-z0-9]*)"
    r"(?: ([A-Z0-9]{1,3})\b(?!-))?"
)
# Words after a maker's name that make it the firm, not a car ("Toyota Motor", "Ford Foundation").
NOT_MODELS = frozenset(
    """motor motors co corp inc group company foundation credit financial europe america north south
    chief executive president chairman spokesman spokeswoman dealership dealer dealers plant factory
    workers union shares stock center centre field stadium arena racing sport steel oval energy
    capital bank asia japan""".split()
)
VEHICLE_NOUNS = frozenset("car cars van vans suv suvs truck trucks pickup pickups sedan hatchback".split())
CAR_BEFORE = frozenset({"DET", "ADJ", "NUM", "PRON"})
# Runs of capitalised words (and camel-case brands: "iPhone"), where untagged names may stand.
CAPITALISED_RUN = re.compile(r"(?<![\w'’])(?:i(?=[A-Z])|[A-Z])[\w'’.&-]*(?: [A-Z][\w'’.&-]*)*")
SCORE_TEXT = re.compile(r"(?<![\d.,])\d{1,3} ?[-–] ?\d{1,3}(?![\d.,]?\d)")  # "3-1", "112-105"
# Brands written in camel case ("ChatGPT", "iPhone", "BlackRock"); names with these prefixes are people's.
CAMEL = re.compile(r"^(?:i[A-Z][a-z]+|[A-Z][a-z]+[A-Z][A-Za-z]*)$")
PRODUCT_CAMEL = re.compile(r"^(?:i[A-Z][a-z]+|[A-Z][a-z]+[A-Z]{2,3}|[A-Z][a-z]+[A-Z][a-z]+s)$")  # "AirPods"
NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz")
SERVICE_NOUNS = frozenset({"users", "subscribers"})
GANG_NOUNS = frozenset({"gang", "cartel", "militia"})
# A party's people ("Conservative MPs"): the capitalised word before them is a party's (NORP).
MEMBER_NOUNS = frozenset("mp mps lawmakers legislators senators congressmen councillors peers voters".split())
NEXT_WORDS = SERVICE_NOUNS | GANG_NOUNS | FEATURE_NOUNS | MEMBER_NOUNS | PRODUCT_NOUNS  # after a one-word untagged name
WORK_NOUNS = frozenset(
    "film films movie documentary book novel memoir song single album series sitcom musical opera poem".split()
)
TITLE_HEADS = frozenset("champion laureate player".split())
ADJECTIVE_JOINS = frozenset("and but or yet".split())
COMMON_POS = frozenset({"NOUN", "ADJ", "VERB", "ADV"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})
LIST_MARKERS = (("such", "as"), ("including",), ("like",))
PARTICLES = frozenset("van von der den ten ter de da dos das du la le al bin".split())
MODEL_CODE = re.compile(r"^[A-Z]{1,2}\d{1,4}[a-z]*$")  # "S25", "A320neo"
MODEL_LEADS = frozenset("the its their new a".split())
EDITIONS = frozenset("Pro Max Ultra Plus Mini Fold Flip".split())
CLUB_PREFIXES = frozenset("Real Atletico Athletic Sporting Racing Inter Dynamo Dinamo Olympique Borussia Deportivo".split())
WIN_LEMMAS = frozenset("beat defeat thrash edge rout crush stun hold draw overcome lose".split())


def _runs_with(runs: list[re.Match[str]], words: frozenset[str]) -> list[re.Match[str]]:
    """The runs of capitalised words holding one of `words` (a cheap filter before a regex)."""
    return [run for run in runs if not words.isdisjoint(run.group().split())]


def storm_spans(doc: Doc, text: str, runs: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The token spans of storms' names ("Hurricane Helene", "Storm Darragh") in the runs of
    capitalised words; an ordinary English word that is no given name, before a common noun
    ("Storm Shadow missiles"), names no storm, nor does a name before another capitalised word
    or a number (a person's)."""
    spans = []
    matches = (m for run in _runs_with(runs, STORM_WORDS) for m in STORM.finditer(text, run.start(), run.end()))
    for match in matches:
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        name, after = doc[span.end - 1], doc[span.end] if span.end < len(doc) else None
        if after is not None and (after.like_num or after.is_title):
            continue  # a person: "Storm Reid Smith", "Storm Filsaime 4 points"
        noun_after = after is not None and after.is_lower and after.pos_ == "NOUN"
        if noun_after and english_word(name) and name.lower_ not in given_names():
            continue
        spans.append((span.start, span.end))
    return spans


def car_spans(doc: Doc, text: str, runs: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The token spans of cars named by maker and model ("a silver Toyota Camry", "a Ford
    Transit van", "a Peugeot 208"), a maker opening one of the runs of capitalised words: after
    a determiner, an adjective or a number, or before a vehicle's noun."""
    spans = []
    for run in _runs_with(runs, MAKER_WORDS):
        spans.extend(_car_spans(doc, text, run))
    return spans


def _car_spans(doc: Doc, text: str, run: re.Match[str]) -> list[tuple[int, int]]:
    """The cars of car_spans whose maker stands in one run of capitalised words."""
    spans = []
    for match in CAR.finditer(text, run.start(), min(len(text), run.end() + 16)):
        model = match.group(2)
        if match.start() >= run.end():
            break
        if model.lower() in NOT_MODELS or model.lower() in country_codes() or (model.isupper() and model.isalpha()):
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        led = before is not None and (before.pos_ in CAR_BEFORE or before.dep_ == "amod") and not before.is_title
        if led or (after is not None and after.lower_ in VEHICLE_NOUNS):
            spans.append((span.start, span.end))
    return spans


def _mention(doc: Doc, start: int, end: int, label: str) -> NameMention:
    first, last = doc[start], doc[end - 1]
    s, e = first.idx, last.idx + len(last.text)
    m = NameMention(s, e, doc_text(doc)[s:e], label, (start, end))
    m.source = (start, end)
    return m


def add_pattern_names(doc: Doc, text: str, mentions: list[NameMention]) -> list[NameMention]:
    """The mentions with storms' names (EVENT), cars' (PRODUCT), teams beside a score (ORG)
    and the untagged names of untagged_names put in place of the mentions they overlap, in
    text order."""
    runs = list(CAPITALISED_RUN.finditer(text))
    found = [(s, e, "EVENT") for s, e in storm_spans(doc, text, runs)]
    found += [(s, e, "PRODUCT") for s, e in car_spans(doc, text, runs)]
    found += [(s, e, "ORG") for s, e in beaten_teams(doc, mentions)] + untagged_names(doc, mentions, runs)
    if not found:
        return mentions
    taken = {i for s, e, _ in found for i in range(s, e)}
    kept = [m for m in mentions if not taken.intersection(range(*m.tokens))]
    kept.extend(_mention(doc, s, e, label) for s, e, label in found)
    return sorted(kept, key=lambda m: m.start)


def beaten_teams(doc: Doc, mentions: list[NameMention]) -> list[tuple[int, int]]:
    """Teams on either side of a verb of winning with a score after the loser ("Leeds thrashed
    Swansea 5-0", "beat Brentford 3-0"): capitalised proper nouns left untagged, or typed a
    person or a place when they are a known place and no common name (not "Nadal beat Murray 6-4")."""
    labels = {i: m.label for m in mentions for i in range(*m.tokens)}
    spans: list[tuple[int, int]] = []
    text = doc_text(doc)
    for match in SCORE_TEXT.finditer(text):
        if not text[text.rfind(" ", 0, max(0, match.start() - 1)) + 1 :][:1].isupper():
            continue  # no capitalised word before the score
        score = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if score is None or _tennis_set(doc, score.start):
            continue
        start = _proper_run_start(doc, score.start)
        verb = start - 2 if start > 1 and doc[start - 1].lower_ == "the" else start - 1  # "beat the Boston Celtics"
        if start == score.start or verb < 0 or doc[verb].lemma_ not in WIN_LEMMAS or doc[verb].pos_ != "VERB":
            continue
        winner = (_proper_run_start(doc, verb), verb)
        if winner[1] > winner[0] and _team(doc, *winner, labels):
            spans.append(winner)
            club = {labels.get(i) for i in range(*winner)} <= {"ORG", None}
            if club or _team(doc, start, score.start, labels):
                spans.append((start, score.start))  # "Real Betis beat Sevilla 2-1"
        elif _team(doc, start, score.start, labels):
            spans.append((start, score.start))
    return spans


def _proper_run_start(doc: Doc, end: int) -> int:
    """The first token of the run of capitalised proper nouns ending before token `end`, with
    a club's first word the tagger calls an adjective ("Real Betis", "Athletic Bilbao")."""
    start = end
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start -= 1
    if start < end and start > 0 and doc[start - 1].text in CLUB_PREFIXES:
        start -= 1
    return start


def _team(doc: Doc, start: int, end: int, labels: dict[int, str]) -> bool:
    """True for a name beside a verb of winning that may be a team's (see beaten_teams)."""
    kinds = {labels.get(i) for i in range(start, end)}
    if kinds == {None}:
        return not (end - start == 1 and doc[start].lower_ in common_surnames())
    if len(kinds) != 1 or kinds & {"ORG", None}:
        return False
    words = [t.lower_ for t in doc[start:end]]
    plain = not any(w in common_surnames() or w in given_names() for w in words)
    return bool(kinds & {"PERSON", "GPE", "LOC"}) and plain and known_place(doc[start:end].text)


def untagged_names(doc: Doc, mentions: list[NameMention], runs: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    """Runs of capitalised proper nouns the model left untagged that name a cup or a festival
    (EVENT: "the FA Cup final", "the Glastonbury Festival"), a place (LOC: after "the" and before a natural feature's noun, "the Rhine
    valley"), a service with users or a gang (ORG: "Twitter users", "the Pink Panther gang"), a
    product before its noun or with its model's number (PRODUCT: "the Europa Clipper probe",
    "the Galaxy S25", "the Pixel 9 Pro"), a party's people (NORP:
    "Conservative MPs"), a
    street (FAC: "Wall Street"), or a brand written in camel case ("ChatGPT", "iPhone 16":
    PRODUCT; "BlackRock": ORG)."""
    taken = {i for m in mentions for i in range(*m.tokens)}
    found = []
    ends, text = {m.start: m.end for m in mentions}, doc_text(doc)
    for match in runs:
        if match.end() <= ends.get(match.start(), -1) or not _may_name(match, text):
            continue  # a name tagged already, "The", "Officials"
        run = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if run is None or taken.issuperset(range(run.start, run.end)):
            continue  # a name tagged already
        i = run.start
        while i < run.end:
            end = i
            while end < run.end and end not in taken and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            if end == i and end not in taken and _camel(doc[i].text):
                end = i + 1
            kind = _untagged_kind(doc, i, end) if end > i else None
            if kind is not None:
                found.append((i, _model_number_end(doc, end) if kind == "PRODUCT" else end, kind))
            i = max(end, i + 1)
    return found


def _may_name(match: re.Match[str], text: str) -> bool:
    """False for a run of one capitalised word that no rule of untagged_names can take: no
    camel case and no "users", "gang", natural feature's noun or model number after it (cheap,
    on the text)."""
    word = match.group()
    if " " in word:
        return True
    if word.lower() in STOP_WORDS:
        return False
    after = text[match.end() + 1 : match.end() + 16].split(" ", 1)[0].rstrip(".,;:").lower()
    return after in NEXT_WORDS or (after.isdigit() and len(after) <= 2) or _camel(re.split(r"['’]", word.rstrip(".&-"), maxsplit=1)[0])  # "SpaceX’s"


def _untagged_kind(doc: Doc, start: int, end: int) -> Optional[str]:
    """The kind of an untagged run of capitalised tokens [start, end), or None."""
    after = doc[end] if end < len(doc) else None
    if (doc[end - 1].text == "Cup" or doc[end - 1].lower_ in GAMES_HEADS) and end - start > 1:
        return "EVENT"  # "the FA Cup final", "the Glastonbury Festival"
    if start > 0 and doc[start - 1].lower_ == "the" and after is not None and after.lower_ in FEATURE_NOUNS:
        return "LOC" if after.is_lower else None
    if after is not None and after.lower_ in SERVICE_NOUNS and end - start == 1 and not opens_sentence(doc, start):
        return "ORG"
    if after is not None and after.lower_ in GANG_NOUNS and start > 0 and doc[start - 1].lower_ == "the":
        return "ORG"  # "the Pink Panther gang"
    if after is not None and after.lower_ in PRODUCT_NOUNS and end - start > 1 and doc[start - 1].lower_ == "the":
        return "PRODUCT"  # "the Europa Clipper probe"
    if after is not None and after.lower_ in PRODUCT_NOUNS and end - start == 1 and _brand_word(doc, start):
        return "PRODUCT"  # "Counterfeit Viagra pills", "1.2 million Prius cars"
    if after is not None and after.lower_ in MEMBER_NOUNS and end - start == 1 and not opens_sentence(doc, start):
        return "NORP"  # "Dozens of Conservative MPs"
    if end - start > 1 and doc[end - 1].lower_ in FACILITY_HEADS and doc[end - 1].lower_ != "bridge":
        return "FAC"  # "Wall Street"; not "Ivy Bridge" (a chip)
    if end - start == 1 and _camel(doc[start].text):
        return "PRODUCT" if PRODUCT_CAMEL.match(doc[start].text) else "ORG"
    if start > 0 and doc[start - 1].lower_ in MODEL_LEADS and _model_named(doc, start, end):
        return "PRODUCT"  # "the Galaxy S25", "the Pixel 9 Pro"
    return None


def _model_named(doc: Doc, start: int, end: int) -> bool:
    """True for a run ending in a model's code ("Galaxy S25") or before a model's number and an
    edition word ("Pixel 9 Pro")."""
    if end - start > 1 and MODEL_CODE.match(doc[end - 1].text):
        return True
    return end + 1 < len(doc) and doc[end].is_digit and len(doc[end].text) <= 2 and doc[end + 1].text in EDITIONS


def _brand_word(doc: Doc, i: int) -> bool:
    """True for one capitalised word inside a sentence that is no place, people or English
    word (a brand before its product's noun: "Viagra pills", not "Russian drones")."""
    token = doc[i]
    return not opens_sentence(doc, i) and not english_word(token) and not known_place(token.text) and not demonym(token.text)


def _camel(word: str) -> bool:
    """True for a brand's word in camel case ("ChatGPT", "iPad"), not a name with a prefix
    ("McDonald", "DeSantis") nor two words glued where a page lost a space ("MayerThe")."""
    return CAMEL.match(word) is not None and not word.startswith(NAME_PREFIXES) and GLUED.match(word) is None


def _model_number_end(doc: Doc, end: int) -> int:
    """The end of a product's name with its model's number (and edition) after it ("iPhone |
    16", "Pixel | 9 Pro")."""
    if end < len(doc) and doc[end].is_digit and len(doc[end].text) <= 2:
        return end + 2 if end + 1 < len(doc) and doc[end + 1].text in EDITIONS else end + 1
    return end


def _tennis_set(doc: Doc, i: int) -> bool:
    """True for a tennis set's score at token i ("6-3", "7-6"): the winners are players."""
    numbers = re.findall(r"\d+", doc[i : i + 3].text)
    return len(numbers) >= 2 and numbers[0] in ("6", "7") and int(numbers[1]) <= 7


def _score_at(doc: Doc, i: int) -> bool:
    """True for a score starting at token i ("3-0" or "3 - 0")."""
    if i < len(doc) and re.match(r"^\d{1,2}[-–]\d{1,2}$", doc[i].text):
        return True
    return i + 2 < len(doc) and doc[i].is_digit and doc[i + 1].text in ("-", "–") and doc[i + 2].is_digit


def work_title(doc: Doc, start: int, end: int, label: str) -> bool:
    """True for a name (not typed a person's) right after a work's common noun, capitalised
    words or numbers between ("the film Three Kings", "the series Succession"): a work's title."""
    if label == "PERSON":
        return False
    i = start - 1
    while i >= max(0, start - 3) and (doc[i].is_title or doc[i].like_num):
        i -= 1
    return i >= 0 and doc[i].lower_ in WORK_NOUNS and doc[i].is_lower


def class_modifier(doc: Doc, end: int) -> bool:
    """True for a name run onto "-class" ("a Kolkata-class destroyer"): a class of ships."""
    return end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_ and doc[end + 1].lower_ == "class"


def title_phrase(doc: Doc, start: int, end: int, label: str) -> bool:
    """True for an "organisation" or "person" that is a title: capitalised ordinary words ending
    in "Champion", "Laureate" or "Player" ("World Champion", "Most Valuable Player"; not
    "Gary Player", whose first word is a given name)."""
    if label not in ("ORG", "PERSON") or end - start < 2 or doc[end - 1].lower_ not in TITLE_HEADS:
        return False
    words = doc[start : end - 1]
    return all(t.is_title and english_word(t) and t.lower_ not in given_names() for t in words)


def opening_word(doc: Doc, group: Any) -> bool:
    """True for a "person" or "organisation" that is only an ordinary word opening a sentence:
    a "person" the model's own tagger calls a common noun or adjective heading its phrase
    ("Headway was being made"; not "Apple chief executive ..."), an "organisation" it calls a
    common noun ("Justice was done"), a lone "person" subject no name list knows ("Calm
    returned"), or the first of two adjectives
    joined by "and" ("Smart and ambitious, she ...")."""
    for m in group.mentions:
        start, end = m.tokens
        token = doc[start]
        if end - start != 1 or token.text.isupper() or not opens_sentence(doc, start) or not english_word(token):
            return False
        if m.label == "PERSON" and token.pos_ in COMMON_POS and token.dep_ not in MODIFIER_DEPS:
            if token.lower_ not in given_names():
                continue
        if len(group.mentions) == 1 and _no_name_word(token, m.label):
            continue  # "Calm returned to the streets", "Justice was finally done"
        if not _adjective_pair(doc, start):
            return False
    return bool(group.mentions) and group.label() in ("PERSON", "ORG")


def _no_name_word(token: Any, label: str) -> bool:
    """True for a subject word before its verb that no name list knows, neither a given name
    nor a surname: a "person" ("Calm returned") or an "organisation" the tagger calls a
    common noun ("Justice was done")."""
    key = token.lower_
    if token.dep_ not in ("nsubj", "nsubjpass") or key in given_names() or key in surnames():
        return False
    if label == "ORG" and token.pos_ != "NOUN":
        return False
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ in ("VERB", "AUX")


def _adjective_pair(doc: Doc, i: int) -> bool:
    """True for "X and lower-case-word," opening a sentence ("Smart and ambitious, ...")."""
    if i + 3 >= len(doc) or doc[i + 1].lower_ not in ADJECTIVE_JOINS:
        return False
    second = doc[i + 2]
    return second.is_lower and second.is_alpha and second.pos_ in ("ADJ", "ADV", "VERB") and doc[i + 3].text == ","


def member_kind(doc: Doc, start: int, end: int, label: str) -> str:
    """NORP for a one-word "person" before a party's people ("Labour MPs"); else the label."""
    if label == "PERSON" and end - start == 1 and end < len(doc) and doc[end].lower_ in MEMBER_NOUNS:
        return "NORP"
    return label


def counted_kind(doc: Doc, start: int, end: int, label: str) -> str:
    """PRODUCT for a one-word firm (or a "place" no gazetteer knows) counted with "a" and
    heading its phrase ("used a Taser to"), or for one listed after a product's noun ("browsers
    such as IE"); the label otherwise."""
    if label not in ("ORG", "GPE") or not (_counted(doc, start, end) or _listed_product(doc, start)):
        return label
    return "PRODUCT" if label == "ORG" or not known_place(doc[start].text) else label


def _counted(doc: Doc, start: int, end: int) -> bool:
    """True for one word after "a" or "an" that heads its phrase ("a Taser to subdue")."""
    if end - start != 1 or start == 0 or doc[start - 1].lower_ not in ("a", "an"):
        return False
    return end >= len(doc) or doc[end].pos_ in ("PUNCT", "ADP", "PART", "CCONJ", "VERB", "AUX")


def _listed_product(doc: Doc, start: int) -> bool:
    """True for a name after "such as", "including" or "like" after a product's noun."""
    for marker in LIST_MARKERS:
        n = len(marker)
        if start > n and doc[start - 1].lower_ == marker[-1] and tuple(t.lower_ for t in doc[start - n : start]) == marker:
            return doc[start - n - 1].lower_ in PRODUCT_NOUNS
    return False


def demonym_only(doc: Doc, m: NameMention) -> Optional[NameMention]:
    """The demonym alone (NORP) of an "organisation" that is a demonym and lower-case words
    ("the Palestinian health ministry"); None for any other mention."""
    start, end = m.tokens
    if m.label != "ORG" or end - start < 2 or not all(t.is_lower for t in doc[start + 1 : end]):
        return None
    if not doc[start].is_title or not demonym(doc[start].text):
        return None
    new = _mention(doc, start, start + 1, "NORP")
    new.source = m.source
    return new


def leading_demonym(doc: Doc, start: int, m: NameMention) -> list[NameMention]:
    """The demonym (NORP) the model ran onto a person's title and name, which cleaning left
    out of the name ("Belgian King Philippe"); none for any other mention."""
    if m.label != "PERSON" or m.tokens[0] - start < 2 or not doc[start].is_title or not demonym(doc[start].text):
        return []
    new = _mention(doc, start, start + 1, "NORP")
    new.source = m.source
    return [new]


def demonym(word: str) -> bool:
    """True for a people's adjective the gazetteer or the irregular list knows ("Palestinian"),
    not a place's own name ("Ukraine")."""
    from newsgraph.geo.gazetteer import load_gazetteer
    from newsgraph.geo.names import name_key

    key = name_key(word)
    gaz = load_gazetteer()
    return key in IRREGULAR_DEMONYMS or (key in gaz.demonyms and not gaz.lookup(key))


def particle_end(doc: Doc, start: int, end: int) -> int:
    """Where a person's name ends when it runs on across lower-case particles and a capitalised
    surname the model left out ("Erik | ten Hag", "Rafael | van der Vaart", "Ursula von der | Leyen")."""
    inside = 0  # particles the model kept at the span's end ("Ursula von der | Leyen")
    while end - inside > start + 1 and doc[end - inside - 1].lower_ in PARTICLES and doc[end - inside - 1].is_lower:
        inside += 1
    i = end
    while i < len(doc) and doc[i].lower_ in PARTICLES and doc[i].is_lower:
        i += 1
    if not 0 < i - end + inside <= 2 or i >= len(doc) or not (doc[i].is_title and doc[i].pos_ == "PROPN"):
        return end
    while i < len(doc) and doc[i].is_title and doc[i].pos_ == "PROPN":
        i += 1
    return i
