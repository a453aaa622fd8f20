"""Fuzzing the extract, quote, quantity and time stages on generated text (issue 9).

No crash, and every span stays inside the text it indexes. CI runs a few hundred inputs per
stage; `NEWSGRAPH_FUZZ_EXAMPLES=2500 pytest tests/test_fuzz.py` is the 10,000-input run
reported in BENCHMARKS.md.
"""

from __future__ import annotations

import os
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.errors import ExtractionError
from newsgraph.extract import extract_article
from newsgraph.nlp import load_nlp, make_input_doc
from newsgraph.quantities import extract_quantities
from newsgraph.times import extract_times

EXAMPLES = int(os.environ.get("NEWSGRAPH_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

ODD = ["\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "“", "”", "‘", "’", '"', "'", "«", "»",
       "\n\n", "—", "–", "…", "%", "$", "€", "km", "miles", "said", "told", "according to",
       "Monday", "Feb. 24, 2022", "last week", "nearly", "more than", "at least", "1,900",
       "1.2 million", "9" * 400, "-0", "1e309", "مرحبا", "שלום", "Kyiv", "he said", "he added"]
pieces = st.one_of(st.sampled_from(ODD), st.text(max_size=30))
news_like = st.lists(pieces, max_size=60).map(" ".join)
any_text = st.one_of(news_like, st.text(max_size=400))


def html_of(depth: int, text: str) -> str:
    return "<html><body>" + "<div>" * depth + f"<p>{text}</p>" + "</div>" * depth + "</body></html>"


html_pages = st.builds(html_of, st.integers(0, 3000), news_like)


def assert_spans_inside(text: str, facts) -> None:
    for fact in facts:
        assert 0 <= fact.start <= fact.end <= len(text), fact
        assert text[fact.start:fact.end] == fact.text, fact


@FUZZ
@given(st.one_of(any_text, html_pages))
def test_extract_never_crashes(text):
    try:
        article = extract_article(text)
    except ExtractionError:
        return
    assert isinstance(article.body, str)


@FUZZ
@given(any_text)
def test_quantities_spans_stay_inside(text):
    assert_spans_inside(text, extract_quantities(text))


@FUZZ
@given(any_text)
def test_times_spans_stay_inside(text):
    assert_spans_inside(text, extract_times(text, date(2026, 2, 22)))


@pytest.fixture(scope="module")
def quote_nlp():
    return load_nlp(components=("newsgraph_entities", "newsgraph_quotes"))


@FUZZ
@given(text=news_like)
def test_quotes_spans_stay_inside(quote_nlp, text):
    doc = quote_nlp(make_input_doc(quote_nlp, text))
    quotes = doc._.ng_quotes or []
    assert_spans_inside(text, quotes)
    for q in quotes:
        for part in (q.cue, q.speaker):
            if part is not None:
                assert_spans_inside(text, [part])
