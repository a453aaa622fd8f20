"""Tone: the GDELT GKG V1.5Tone measures of one article, from the VADER lexicon.

GDELT's tone is a dictionary count, not a classifier, and so is ours, with the lexicon
of VADER (Hutto & Gilbert 2014, MIT licence, `vaderSentiment` on PyPI): 7,500 words
rated by people from -4 to +4. For one article, over its words (tokens with a letter):

- **positive** / **negative**: the percentage of words with a positive / negative rating
  of at least `MIN_VALENCE` in size;
- **tone** = positive − negative (GDELT: -100..+100, common values -10..+10);
- **polarity** = positive + negative (how emotionally charged the text is);
- **activity_density**: the percentage of words that are verbs (GDELT's "active words");
- **self_group_density**: the percentage of words that are pronouns;
- **word_count**.

Only content words count for tone: "like" as a preposition, "well" as an adverb of
degree and "no" as a determiner carry no feeling in news. As in GDELT, negation is not
handled ("not good" counts as positive): the figures are comparable across articles,
not a reading of each sentence.

The spaCy component `newsgraph_tone` writes a `newsgraph.model.Tone` to `doc._.ng_tone`.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from spacy.language import Language
from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.tokens import Doc

from newsgraph.model import Tone
from newsgraph.nlp import register_extensions

MIN_VALENCE = 1.0
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "INTJ"})
PRONOUN_POS = "PRON"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """VADER's word ratings (word -> mean valence), read once from the installed package."""
    text = files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    ratings: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and " " not in parts[0]:
            ratings[parts[0]] = float(parts[1])
    return ratings


def _percent(count: int, total: int) -> float:
    return round(100.0 * count / total, 3) if total else 0.0


def doc_tone(doc: Doc) -> Tone:
    """The V1.5Tone measures of a parsed Doc (needs POS tags).

    Token attributes are read as one array (`Doc.to_array`) and each distinct word is rated
    once: building a spaCy Token per word costs more than the whole count."""
    ratings = lexicon()
    strings = doc.vocab.strings
    words = positive = negative = verbs = pronouns = 0
    rated: dict[tuple[int, int, int], float] = {}
    for orth, lower, lemma, pos in doc.to_array([ORTH, LOWER, LEMMA, POS]).tolist():
        if not _has_letter(strings[orth]):
            continue
        words += 1
        pos_name = strings[pos]
        verbs += pos_name == "VERB"
        pronouns += pos_name == PRONOUN_POS
        if pos_name not in CONTENT_POS:
            continue
        key = (orth, lower, lemma)
        valence = rated.get(key)
        if valence is None:
            word = strings[lower]
            valence = rated[key] = ratings.get(word, ratings.get(strings[lemma].lower(), 0.0))
        positive += valence >= MIN_VALENCE
        negative += valence <= -MIN_VALENCE
    pos_share, neg_share = _percent(positive, words), _percent(negative, words)
    return Tone(tone=round(pos_share - neg_share, 3), positive=pos_share, negative=neg_share,
                polarity=round(pos_share + neg_share, 3), activity_density=_percent(verbs, words),
                self_group_density=_percent(pronouns, words), word_count=words)


@lru_cache(maxsize=65_536)
def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


class ToneComponent:
    """spaCy component: the article's tone in `doc._.ng_tone`."""

    def __init__(self) -> None:
        register_extensions()
        lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.ng_tone = doc_tone(doc)
        return doc


@Language.factory("newsgraph_tone")
def make_tone(nlp: Language, name: str) -> ToneComponent:
    """Factory for `nlp.add_pipe("newsgraph_tone")`."""
    return ToneComponent()
