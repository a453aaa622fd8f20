"""People's names, for `newsgraph.entities`: given names, and the mentions of a person the
small model left untagged.

- Given names come from the US Census first-name lists shipped by the `names` package (MIT);
  without it the set is empty and nothing here changes a name's type.
- A two- or three-word name the model typed ORG or NORP that opens with a given name and holds
  no organisation's or venue's word and no ordinary English word that is not a frequent surname
  ("Robin Rector", "Leo Thames"; not "Sunny Meadow", "Agnes Jones House") is a person's; a given
  name that is also a well-known place, a month or a word the article writes in lower case
  ("Paris Saint-Germain", "Will Power") proves nothing, nor does a name that is a place
  ("Virginia Beach") or a brand ("Don Victor®").
- A two- or three-word "organisation" whose last word alone says something ("Ogunbowale said")
  is a person's name.
- A word run onto the front of a person's name that is neither a given name nor a surname
  ("Follow Mitch Stacy", "Writers Sandy Hodson") is no part of it.
- A common English word run onto the end of a full name ("Meredith Desmond Guests will ...")
  is no part of it either.
- A person's name after a possessive inside one span ("Stephen Russell's Dave Allen") is a name
  of its own.
- The surname of a person named in full elsewhere in the article is a mention of that person
  wherever it stands alone, also where the model tagged nothing ("Conger said").
- A "person" named only by ordinary English words ("Photo Credit") is nobody. Ordinary English
  words are those of the lemmatizer's WordNet tables.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Iterable, Optional

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc

from newsgraph.entities.words import FACILITY_HEADS, ORG_HEADS

MONTHS = frozenset("january february march april may june july august september october november december".split())
# Words of organisations' names that no person's name holds ("Kay Jewelers", "Morgan Group").
ORG_WORDS = frozenset(
    """group inc corp co ltd llc plc company companies bank holdings partners services systems
    industries motors airlines airways foundation institute association council committee board
    department ministry agency office commission university college school academy club team
    league federation union church hospital center centre press news media studios records
    jewelers jewellers brands stores restaurant cafe hotel realty energy capital fund trust""".split()
)
POSSESSIVES = frozenset({"'s", "’s"})
# Buildings and grounds: a given name before one names a venue ("Agnes Jones House").
VENUE_WORDS = frozenset("house hall building tower park field stadium arena theatre theater museum gallery library".split())
PLACE_BEFORE = frozenset({"at"})  # "at Terra Kulture": a venue
_ENGLISH: set[str] = set()  # common English words (the lemmatizer's WordNet index), see load_english_words
COMMON_SURNAMES = 20_000  # the census list's rarer entries are mostly ordinary words ("Credit")
FREQUENT_SURNAMES = 10_000  # an English word after a given name must be a frequent surname ("Rector")
MIN_GIVEN = 3  # "Al", "Ed", "Jo": too short to tell a given name from a word


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lower-case given names (US Census lists from the `names` package)."""
    return _census_words(("dist.male.first", "dist.female.first"))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Lower-case surnames (US Census list from the `names` package)."""
    return frozenset(surname_ranks())


def load_english_words(nlp) -> None:
    """Keep the common English words (nouns, verbs, adjectives, adverbs) of the pipeline's
    lemmatizer tables, which tell "Godmother" or "Follow" from a name ("Azharuddin")."""
    if _ENGLISH or "lemmatizer" not in nlp.pipe_names:
        return
    lookups = nlp.get_pipe("lemmatizer").lookups
    if "lemma_index" in lookups.tables:
        for words in lookups.get_table("lemma_index").values():
            _ENGLISH.update(words)


def english_word(token) -> bool:
    """True for a word (or its lemma) in the common English word list."""
    lower = token.lower_
    return lower in _ENGLISH or token.lemma_.lower() in _ENGLISH or (lower.endswith("s") and lower[:-1] in _ENGLISH)


def phrase_of_words(doc: Doc, spans: Iterable[tuple[int, int]]) -> bool:
    """True when every mention of a "person" has two words or more and every word is a common
    English word that is no given name and no common surname ("Photo Credit", "Windows
    Explorer"; not "Gray Conger"): no person's name."""
    if not _ENGLISH or not given_names():
        return False
    spans = list(spans)
    if not spans or any(end - start < 2 for start, end in spans):
        return False
    for start, end in spans:
        for token in doc[start:end]:
            key = token.lower_
            if not token.is_alpha or not english_word(token) or key in given_names() or key in common_surnames():
                return False
    return True


@lru_cache(maxsize=1)
def surname_ranks() -> dict[str, int]:
    """Lower-case surname -> its rank by frequency in the same list (1 = most frequent)."""
    return {name: rank for rank, name in enumerate(_census_lines("dist.all.last"), start=1)}


@lru_cache(maxsize=1)
def common_surnames() -> frozenset[str]:
    """The 20,000 most frequent surnames ("Conger", not "Credit")."""
    return frozenset(name for name, rank in surname_ranks().items() if rank <= COMMON_SURNAMES)


def _census_lines(name: str) -> list[str]:
    """The lower-case names of one census list (shipped by `names`), most frequent first."""
    import names

    with open(os.path.join(os.path.dirname(names.__file__), name), encoding="ascii") as handle:
        return [line.split()[0].lower() for line in handle if line.strip()]


def _census_words(files: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word for name in files for word in _census_lines(name))


def _title_word(text: str) -> bool:
    """A capitalised word, inner capitals allowed ("McGraw", "O'Neil"), not all capitals."""
    return text[:1].isupper() and not text.isupper() and text.replace("-", "").replace("’", "").replace("'", "").isalpha()


def given_name(word: str, lower: set[str]) -> bool:
    """True for a capitalised given name of three letters or more that is no month and no word
    the article writes in lower case (`lower`)."""
    key = word.lower()
    return len(key) >= MIN_GIVEN and key in given_names() and key not in MONTHS and key not in lower


def person_by_given_name(doc: Doc, start: int, end: int, label: str, lower: set[str]) -> bool:
    """True for a name of two or three capitalised words typed ORG or NORP that opens with a
    given name, holds no organisation's word and is no place ("Robin Rector" typed ORG)."""
    if label not in ("ORG", "NORP") or not 2 <= end - start <= 3:
        return False
    words = [doc[i].text for i in range(start, end)]
    if not all(_title_word(w) for w in words) or not given_name(words[0], lower):
        return False
    if any(w.lower() in ORG_WORDS or w.lower() in VENUE_WORDS or w.lower() in lower for w in words[1:]):
        return False
    if any(_plain_word(doc[i], FREQUENT_SURNAMES) for i in range(start + 1, end)):
        return False  # "Long Islanders", "Sunny Meadow": a name's words, not a surname
    if end < len(doc) and doc[end].text in ("®", "™"):
        return False  # a brand
    if start > 0 and doc[start - 1].lower_ in PLACE_BEFORE:
        return False  # "at Terra Kulture": a venue
    if label == "ORG" and end < len(doc) and doc[end].text in POSSESSIVES:
        return False  # "Morgan Stanley's shares": firms are written so as often as people
    from newsgraph.entities import place_names
    from newsgraph.entities.kinds import known_place

    if known_place(" ".join(words)):
        return False
    # A group's name does not open with a given name that is also a town ("Victoria Vivians'
    # hotel room" typed NORP is a player); an organisation's often does ("Victoria Partners").
    return label == "NORP" or words[0].lower() not in place_names()


def _plain_word(token, surnames_kept: int = COMMON_SURNAMES) -> bool:
    """True for a common English word that is neither a given name nor among the
    `surnames_kept` most frequent surnames."""
    key = token.lower_
    if not english_word(token) or key in given_names():
        return False
    rank = surname_ranks().get(key)
    return rank is None or rank > surnames_kept


def name_start(doc: Doc, start: int, end: int, lower: set[str]) -> int:
    """Where a person's name starts when a word that is neither a given name nor a surname was
    run onto its front ("Follow Mitch Stacy"): at the given name after it."""
    if end - start < 3 or not given_names():
        return start
    first, second = doc[start].text, doc[start + 1].text
    key = first.lower()
    if not _title_word(first) or key in given_names() or key in surnames() or not english_word(doc[start]):
        return start
    return start + 1 if given_name(second, lower) and all(_title_word(doc[i].text) for i in range(start + 1, end)) else start


def name_end(doc: Doc, start: int, end: int, lower: set[str]) -> int:
    """Where a person's name of three words or more opening with a given name ends when a
    common English word that is no name, the subject of the clause after it, was run onto its
    end ("Meredith Desmond Guests | will be treated")."""
    if end - start < 3 or end >= len(doc) or doc[end].pos_ not in ("AUX", "VERB"):
        return end  # the word must open the clause that follows: "... Guests will be treated"
    last = doc[end - 1].lower_
    if last in ORG_WORDS or last in VENUE_WORDS or last in ORG_HEADS or last in FACILITY_HEADS:
        return end  # "Dick Clark Productions announced"
    return end - 1 if given_name(doc[start].text, lower) and _plain_word(doc[end - 1]) else end


def possessive_split(doc: Doc, start: int, end: int, lower: set[str]) -> Optional[int]:
    """The token where a person's name starts after a possessive inside a span ("Stephen
    Russell 's | Dave Allen", "Notre Dame 's | Jessica Shepard"); None without one."""
    for i in range(start + 1, end - 2):
        if doc[i].text in POSSESSIVES and given_name(doc[i + 1].text, lower) and end - i - 1 <= 3:
            rest = range(i + 2, end)  # surnames, not ordinary words ("Summer Film")
            if all(_title_word(doc[j].text) and not _plain_word(doc[j], FREQUENT_SURNAMES) for j in rest):
                return i + 1
    return None


def token_positions(doc: Doc, words: Iterable[str]) -> dict[str, list[int]]:
    """Each of `words` -> the indices of the tokens written so (one array lookup a word)."""
    orths = doc.to_array("ORTH")
    return {word: numpy.flatnonzero(orths == get_string_id(word)).tolist() for word in words}


def surname_tokens(doc: Doc, positions: list[int], covered: set[int], lower: set[str]) -> list[int]:
    """Which of a surname's token `positions` stand alone outside any tagged name: not inside
    another name (no capitalised word right before or after it, a title before it allowed) and
    not an ordinary word opening a sentence."""
    from newsgraph.entities.words import PERSON_TITLES

    found = []
    for i in positions:
        token = doc[i]
        surname = token.text
        if i in covered:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.text[:1].isupper() and after.is_alpha and not after.is_sent_start:
            continue
        if before is not None and before.text[:1].isupper() and before.is_alpha and not token.is_sent_start:
            opener = before.is_sent_start and english_word(before) and before.lower_ not in given_names()
            if before.lower_.rstrip(".") not in PERSON_TITLES and not opener:
                continue  # "Later Whitlock won": an ordinary word opens the sentence
        if (before is not None and before.text in ("-", "‐", "&")) or (after is not None and after.text in ("-", "‐")):
            continue  # "Jedi-in-training", "Smith-Jones"
        if token.is_sent_start and surname.lower() in lower:
            continue
        if english_word(token) and surname.lower() not in surnames():
            continue  # "Guests will be ..." after a name glued to it
        found.append(token.i)
    return found


def covered_tokens(doc: Doc, spans: Iterable[tuple[int, int]]) -> set[int]:
    """The token indices inside the doc's entities and the given token ranges."""
    covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    for start, end in spans:
        covered.update(range(start, end))
    return covered


def lower_words(doc: Doc) -> set[str]:
    """The article's lower-case words (computed once per Doc)."""
    cached = doc.user_data.get("_ng_lower_words")
    if cached is None:
        cached = {t.text for t in doc if t.is_alpha and t.is_lower}
        doc.user_data["_ng_lower_words"] = cached
    return cached


SPEECH_LEMMAS = frozenset({"say", "tell", "add"})


def speaks_by_surname(doc: Doc, name: str, spans: Iterable[tuple[int, int]]) -> bool:
    """True for a two- or three-word "organisation" with no organisation's word whose last word
    alone says something elsewhere ("Arike Ogunbowale" ... "Ogunbowale said"): a person."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_title_word(w) for w in words):
        return False
    if any(w.lower() in ORG_WORDS or w.lower() in VENUE_WORDS for w in words):
        return False
    for start, end in spans:
        if end - start != 1 or doc[start].text != words[-1]:
            continue
        after = doc[end].lemma_ if end < len(doc) else ""
        before = doc[start - 1].lemma_ if start > 0 else ""
        if after in SPEECH_LEMMAS or before == "say":
            return True
    return False
