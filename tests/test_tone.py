"""Tone: GDELT's V1.5Tone measures from the VADER lexicon, on text whose feeling is plain."""

from __future__ import annotations

import pytest

from newsgraph.tone import doc_tone, lexicon


@pytest.fixture(scope="module")
def tone_of(spacy_model):
    return lambda text: doc_tone(spacy_model(text))


def test_a_deadly_attack_reads_negative_and_a_peace_deal_positive(tone_of):
    attack = tone_of("The attack killed twelve people and injured dozens, leaving the town devastated.")
    deal = tone_of("Leaders welcomed the peace agreement as a great success and praised the calm talks.")
    assert attack.tone < -10 and attack.negative > attack.positive == 0
    assert deal.tone > 10 and deal.positive > deal.negative


def test_the_figures_follow_gdelts_formulas(tone_of):
    t = tone_of("We support the excellent plan. They reject the terrible cuts.")
    assert t.word_count == 10
    assert t.positive == pytest.approx(20.0)  # support, excellent
    assert t.negative == pytest.approx(30.0)  # reject, terrible, cuts
    assert t.tone == pytest.approx(t.positive - t.negative)
    assert t.polarity == pytest.approx(t.positive + t.negative)
    assert t.self_group_density == pytest.approx(20.0)  # "We", "They"
    assert t.activity_density == pytest.approx(20.0)  # "support", "reject"


def test_function_words_carry_no_feeling(tone_of):
    assert lexicon()["like"] > 0 and lexicon()["no"] < 0
    t = tone_of("Cities like Lviv had no power on Tuesday.")
    assert t.positive == 0 and t.negative == 0


def test_empty_text_has_zero_tone(tone_of):
    t = tone_of("")
    assert t.word_count == 0 and t.tone == 0.0
