"""The faster attribute ruler and lemmatizer give exactly the stock model's annotations."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

from newsgraph import fastpipes
from newsgraph.nlp import DEFAULT_MODEL, load_nlp

ATTRS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles.jsonl"
MORE_TEXTS = (
    "samples/scraped-page.txt",
    "tests/data/extract/harbour_report.txt",
    "tests/data/inputs/spanish.txt",
)

ODD = [
    "",
    "word",
    "THE MINISTER SAID IT WAS OVER AND THEY'RE GONNA LEAVE.",
    "I ain't gonna do it, y'all. We gotta go. Let's c'mon, ol' buddy, doin' nothin' for 'em.",
    "It's what it is; there's nothing and there are none. I'd have done it; he'd said so.",
    "Does he do it? He did. They had had enough; has she? You and I saw it; it saw me and you.",
    "He ca n't and she wo n't. That is that, and this is this; those who know, know.",
    "der Bundestag hat heute beschlossen, dass die Steuern steigen.",
    "Москва заявила, что переговоры продолжатся. 北京时间昨天宣布了新的政策。",
    "🔥 Fire at the depot 🚒 — 2 dead 😢 #breaking @user https://example.com/a/b?c=d",
    "x" * 400 + " " + "y" * 2000,
    "\t\tTabbed\tcolumns\n\n\n\nand   spaces \r\n done",
    "U.S. Sen. Dr. Jones (R-Ky.) said: \"No.\" 'Yes,' she said -- $5.00, 45%, 3.14 and #1.",
]


def sentences() -> list[str]:
    """A few hundred varied sentences: the repository's sample articles and test texts cut
    at sentence ends, the first hundred again in capitals and in lower case, plus odd inputs
    (empty, one word, non-English, emoji, very long tokens, tabs and newlines)."""
    texts = [json.loads(line)["text"] for line in SAMPLES.read_text(encoding="utf-8").splitlines()]
    texts += [(ROOT / name).read_text(encoding="utf-8", errors="replace") for name in MORE_TEXTS]
    cut = [s for text in texts for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]
    return cut + [s.upper() for s in cut[:100]] + [s.lower() for s in cut[:100]] + ODD


@pytest.fixture(scope="module")
def pair():
    """(stock model, model with the fast components)."""
    return spacy.load(DEFAULT_MODEL), fastpipes.install(spacy.load(DEFAULT_MODEL))


def differing_tokens(stock, patched, texts: list[str]) -> list[tuple[str, str]]:
    """(text, token) for every token whose annotation differs between the two pipelines."""
    bad = []
    for text, a, b in zip(texts, stock.pipe(texts), patched.pipe(texts)):
        x, y = a.to_array(ATTRS), b.to_array(ATTRS)
        rows = {int(i) for i in numpy.argwhere(x != y)[:, 0]} if x.shape == y.shape else {0}
        bad += [(text[:40], a[i].text if len(a) else "") for i in sorted(rows)]
    return bad


def test_the_components_are_swapped_in_place(pair):
    stock, patched = pair
    assert patched.pipe_names == stock.pipe_names
    assert isinstance(patched.get_pipe("attribute_ruler"), fastpipes.FastAttributeRuler)
    assert isinstance(patched.get_pipe("lemmatizer"), fastpipes.FastLemmatizer)
    assert patched.get_pipe("lemmatizer").lookups is not None
    assert patched.get_pipe("attribute_ruler").patterns == stock.get_pipe("attribute_ruler").patterns


def test_load_nlp_uses_them():
    nlp = load_nlp(components=())
    assert type(nlp.get_pipe("attribute_ruler")) is fastpipes.FastAttributeRuler
    assert type(nlp.get_pipe("lemmatizer")) is fastpipes.FastLemmatizer


def test_same_annotations_on_varied_sentences(pair):
    texts = sentences()
    assert len(texts) > 300
    assert differing_tokens(*pair, texts) == []


def test_same_annotations_on_the_reference_page(pair, reference_text):
    assert differing_tokens(*pair, [reference_text]) == []


def test_rule_order_and_multi_token_patterns(pair):
    _, patched = pair
    doc = patched("I'm gonna see me and you. Let's go. It ain't over, y'all.")
    lemmas = {t.text: t.lemma_ for t in doc}
    picked = (lemmas["gon"], lemmas["na"], lemmas["'s"], lemmas["ai"], lemmas["y'"])
    assert picked == ("go", "to", "us", "be", "you")  # the two-token patterns
    assert (lemmas["me"], lemmas["'m"]) == ("I", "be")  # set by the ruler, kept by the lemmatizer
    me = next(t for t in doc if t.text == "me")
    assert str(me.morph) == "Case=Acc|Number=Sing|Person=1|PronType=Prs"


def tagged_docs(nlp, texts: list[str]) -> list:
    """Docs with tags and dependencies only (what the attribute ruler sees in the model)."""
    return list(nlp.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]))


def ruled(nlp, ruler_class, extra: list[dict], texts: list[str]) -> tuple[list, object]:
    """`texts` through a new ruler of `ruler_class` with the model's patterns plus `extra`."""
    ruler = ruler_class(nlp.vocab)
    ruler.add_patterns(nlp.get_pipe("attribute_ruler").patterns + extra)
    return [ruler(doc).to_array(ATTRS).tolist() for doc in tagged_docs(nlp, texts)], ruler


CONFLICTS = [  # the same attribute set by a single-token rule, a two-token rule, a later one
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"LEMMA": "first"}},
    {"patterns": [[{"LOWER": "the"}, {"TAG": "NN"}]], "attrs": {"LEMMA": "second", "POS": "X"}, "index": -1},
    {"patterns": [[{"TAG": "NN", "LOWER": {"REGEX": "^de"}}]], "attrs": {"LEMMA": "third"}},
]
TEXTS = ["The deal was a plan for the plan.", "A deal is the deal, said the dealer in the market."]


def test_overlapping_rules_apply_in_spacy_order(pair):
    stock, _ = pair
    fast, ruler = ruled(stock, fastpipes.FastAttributeRuler, CONFLICTS, TEXTS)
    reference, _ = ruled(stock, spacy.pipeline.AttributeRuler, CONFLICTS, TEXTS)
    assert not ruler.stock and fast == reference
    lemmas = [stock.vocab.strings[row[ATTRS.index(LEMMA)]] for row in fast[0]]
    # (no lemmatizer here: tokens no rule gives a lemma have none)
    assert lemmas[:5] == ["", "third", "be", "", "first"]  # "deal" after "the": the last rule wins
    assert lemmas[6:8] == ["", "second"]  # "plan" after "the": the two-token rule


def test_unsupported_patterns_fall_back_to_spacy(pair):
    stock, _ = pair
    very = [{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]
    extra = [{"patterns": [very], "attrs": {"LEMMA": "veryadj"}, "index": -1}]
    texts = ["It was very very good and very cold.", "A very big deal, not cold."]
    fast, ruler = ruled(stock, fastpipes.FastAttributeRuler, extra, texts)
    reference, _ = ruled(stock, spacy.pipeline.AttributeRuler, extra, texts)
    assert ruler.stock and ruler.table is None  # an operator: spaCy's Matcher runs
    assert fast == reference
    lemma = stock.vocab.strings["veryadj"]
    assert sum(row[ATTRS.index(LEMMA)] == lemma for doc in fast for row in doc) == 3
