"""Themes: GDELT-style theme codes from our lexicon, on sentences whose topic is plain."""

from __future__ import annotations

import pytest

from newsgraph.nlp import load_nlp, make_input_doc
from newsgraph.themes import theme_counts


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(components=("newsgraph_themes",))


def themes(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(make_input_doc(nlp, text))
    assert all(doc.text[m.start:m.end] == m.text for m in doc._.ng_themes)
    return [(m.text, m.theme) for m in doc._.ng_themes]


def test_phrases_beat_their_words_and_plurals_match(nlp):
    found = themes(nlp, "Troops shelled the front line as talks on climate change stalled.")
    assert ("Troops", "MILITARY") in found and ("front line", "ARMEDCONFLICT") in found
    assert ("climate change", "ENV_CLIMATECHANGE") in found


def test_verbs_count_only_where_the_lexicon_allows(nlp):
    assert themes(nlp, "The strike killed four people.") == [("killed", "KILL")]
    assert themes(nlp, "The army trained local recruits.") == [("army", "MILITARY")]


def test_months_and_first_names_are_not_themes(nlp):
    assert themes(nlp, "Bill Smith will march in March.") == []


def test_names_match_as_written(nlp):
    found = themes(nlp, "NASA said the satellite images were posted on Twitter.")
    assert [t for _, t in found] == ["SPACE", "SPACE", "SOCIAL_MEDIA"]


def test_an_article_is_summed_up_by_its_most_mentioned_themes(nlp):
    doc = nlp(make_input_doc(nlp, "The earthquake and the floods displaced thousands. Refugees reached the "
                                  "border after the quake. Aid agencies warned of famine."))
    counts = theme_counts(doc._.ng_themes)
    assert list(counts)[0] == "NATURAL_DISASTER" and counts["NATURAL_DISASTER"] == 3
    assert counts["REFUGEES"] == 2 and counts["FOOD_SECURITY"] == 1


def test_drug_crime_and_killing_phrases_but_no_computer_port_as_transport(nlp):
    found = themes(nlp, "A courier was beaten to death after officers seized cocaine in a raid.")
    assert ("beaten to death", "KILL") in found and ("cocaine", "CRIME_ILLEGAL_DRUGS") in found
    assert themes(nlp, "Both ports on the left side charge the tablet.") == []


def test_other_senses_take_their_words_and_count_for_nothing(nlp):
    assert themes(nlp, "Brush the fish with olive oil; serve with whole-grain bread.") == []
    assert themes(nlp, "He went into cardiac arrest before the trial period ended.") == []
    assert themes(nlp, "Producers cut oil output.") == [("oil", "ENERGY")]


def test_a_noun_only_word_is_no_theme_as_an_adjective(nlp):
    assert themes(nlp, "Critics called the remarks offensive.") == []
    assert ("offensive", "ARMEDCONFLICT") in themes(nlp, "The army began an offensive in the east.")


def test_legislatures_count_when_written_as_names(nlp):
    found = themes(nlp, "The Senate rejected the measure that Congress had passed.")
    assert [t for _, t in found] == ["LEGISLATION", "LEGISLATION"]


def test_sports_senses_are_dropped_on_a_sports_page_only(nlp):
    sports = ("The NBA champions won in overtime. The guard left the court after a foul, and the "
              "league reviewed the playoff game.")
    assert ("court", "LEGAL") not in themes(nlp, sports)
    assert ("court", "LEGAL") in themes(nlp, "The court heard the appeal on Monday.")
