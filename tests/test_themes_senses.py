"""Themes: words with a common other sense need their page's support; negation, phrasal verbs,
modifiers and date phrases carry no theme. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.nlp import load_nlp, make_input_doc


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(components=("newsgraph_themes",))


def themes(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(make_input_doc(nlp, text))
    return [(m.text, m.theme) for m in doc._.ng_themes]


def test_a_board_vote_is_no_election_but_a_vote_on_an_election_page_is(nlp):
    assert themes(nlp, "The library trustees voted 4-1 to extend the opening hours.") == []
    found = themes(nlp, "Turnout rose in the mayoral election as thousands voted before noon.")
    assert ("election", "ELECTION") in found and ("voted", "ELECTION") in found


def test_dead_and_died_need_a_killing_on_the_page(nlp):
    quiet = "The merger is dead, the chairman said, and the old founder died in 1990."
    assert themes(nlp, quiet) == []
    found = themes(nlp, "Gunmen killed three guards; two more died in hospital.")
    assert ("killed", "KILL") in found and ("died", "KILL") in found


def test_drones_without_weapons_are_survey_tools(nlp):
    assert themes(nlp, "Researchers flew drones over the glacier to map its melt.") == []
    armed = "The rebels fired missiles and armed drones at the base."
    assert ("drones", "WEAPONS") in themes(nlp, armed)


def test_prefix_non_negates_the_word(nlp):
    assert themes(nlp, "Sales of non-oil goods rose in the quarter.") == []


def test_phrasal_wind_is_no_wound(nlp):
    assert themes(nlp, "The meeting wound down late and he wound up at home.") == []
    assert ("wounded", "WOUND") in themes(nlp, "A sniper wounded two soldiers.")


def test_front_line_as_a_modifier_is_no_battle(nlp):
    assert themes(nlp, "Front line care workers asked for better pay.") == []
    assert ("front line", "ARMEDCONFLICT") in themes(nlp, "Shells fell along the front line.")


def test_fiscal_year_is_a_date_and_artillery_a_weapon(nlp):
    assert themes(nlp, "Profit rose in the fiscal year to March.") == []
    found = themes(nlp, "The ministry bought artillery from a Korean maker.")
    assert found == [("artillery", "WEAPONS")]


def test_crimes_named_by_their_verbs_and_agents(nlp):
    found = themes(nlp, "Two men robbed a pharmacy; a third thief stabbed the clerk.")
    assert [t for _, t in found] == ["CRIME", "CRIME", "CRIME"]


def test_power_cuts_are_energy_and_refugee_agencies_are_named(nlp):
    assert ("power lines", "ENERGY") in themes(nlp, "Ice brought down power lines in the valley.")
    assert ("UNHCR", "REFUGEES") in themes(nlp, "UNHCR opened a second camp near the border.")


def test_no_and_a_that_clause_negate_or_report_rather_than_tell(nlp):
    assert themes(nlp, "The roof fell in, but no injuries were reported.") == []
    found = themes(nlp, "He cited no prosecutor's report.")
    assert found == [("prosecutor", "LEGAL")]
    assert themes(nlp, "Neighbours protested that the fence was too tall.") == []
    assert themes(nlp, "Thousands protested outside the embassy.") == [("protested", "PROTEST")]


def test_deaths_count_on_a_page_about_violence_or_disaster(nlp):
    found = themes(nlp, "Two hikers died when the earthquake struck the valley.")
    assert ("died", "KILL") in found and ("earthquake", "NATURAL_DISASTER") in found
