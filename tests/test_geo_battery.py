"""Places: constructions from the places battery (benchmarks/places_batteries/), session 10.

Every sentence here is written for the test, with other words than the battery's lines: a
region named after a town, a state marked as such, a quoted nickname, a common word before a
region noun, a village far from the state the story names, and the list that must stay a list."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load_nlp

    return load_nlp(components=("newsgraph_places",))


def places_of(nlp, body):
    """(text, name, country, admin1) of each place record, demonyms left out."""
    from newsgraph.nlp import make_input_doc

    found = nlp(make_input_doc(nlp, body))._.ng_places
    return [(m.text, m.place.name, m.place.country, m.place.admin1) for m in found if m.kind != "demonym"]


def test_state_after_its_town_is_the_state_not_the_namesake_city(nlp):
    got = places_of(nlp, "Teachers in Buffalo, New York, walked out on Monday over pay.")
    assert ("New York", "New York", "US", "US.NY") in got
    assert ("Buffalo", "Buffalo", "US", "US.NY") in got


def test_quebec_after_montreal_is_the_province(nlp):
    got = places_of(nlp, "The festival moved from Montreal, Quebec, to a larger site this year.")
    assert [p[1] for p in got if p[0] == "Quebec"] == ["Quebec"]
    assert [p[3] for p in got if p[0] == "Quebec"] == ["CA.10"]


def test_a_list_of_cities_is_not_read_as_a_town_and_its_region(nlp):
    got = places_of(nlp, "The tour stops in Berlin, Hamburg and Munich before heading to Vienna.")
    assert {p[0]: p[2] for p in got} == {"Berlin": "DE", "Hamburg": "DE", "Munich": "DE", "Vienna": "AT"}
    hamburg = [p for p in got if p[0] == "Hamburg"][0]
    assert hamburg[1] == "Hamburg"


def test_state_word_and_state_offices_pick_the_us_state(nlp):
    got = places_of(nlp, "Crews in Washington state battled three wildfires on Sunday.")
    assert ("Washington", "Washington", "US", "US.WA") in got
    got = places_of(nlp, "Georgia's lieutenant governor called for an audit of voting machines.")
    assert ("Georgia", "Georgia", "US", "US.GA") in got


def test_state_run_media_of_the_country_georgia_stay_the_country(nlp):
    got = places_of(nlp, "Georgia's state-run television showed the rally in Batumi.")
    assert ("Georgia", "Georgia", "GE", None) in got


def test_place_in_a_quoted_nickname_is_no_place(nlp):
    got = places_of(nlp, 'The market district, nicknamed "Little Havana", drew 2,000 visitors.')
    assert not [p for p in got if "Havana" in p[0]]
    got = places_of(nlp, 'The port was once dubbed "the Venice of the North" by traders.')
    assert not [p for p in got if "Venice" in p[0]]


def test_common_word_before_a_region_noun_is_the_region(nlp):
    got = places_of(nlp, "Floods displaced 3,000 families in Delta state, the emergency agency said.")
    assert [(p[1], p[2]) for p in got] == [("Delta", "NG")]
    got = places_of(nlp, "Aid flights to Unity state resumed on Friday after a month.")
    assert [(p[1], p[2]) for p in got] == [("Unity", "SS")]


def test_common_word_without_a_region_noun_stays_a_word(nlp):
    assert places_of(nlp, 'Voters picked the slogan "Most Wanted Change" for the campaign.') == []
    assert places_of(nlp, "Unity among the parties is fragile, the minister said.") == []


def test_village_far_from_the_state_the_story_names_is_dropped(nlp):
    got = places_of(nlp, "The shop opened in Pine Ridge, near Ithaca, New York, after the owner left Peru.")
    assert [p for p in got if p[0] == "Ithaca"] == [("Ithaca", "Ithaca", "US", "US.NY")]
    assert all(p[3] in ("US.NY", None) for p in got if p[2] == "US")


# Round 2 (battery P2): a state read as its "X City", one name qualified by two regions, and a
# city far better known than its namesakes when the article names nothing near them.


def test_state_name_alone_is_the_state_not_its_city(nlp):
    got = places_of(nlp, "Storm chasers followed the supercell across western Oklahoma on Friday.")
    assert [(p[1], p[3]) for p in got] == [("Oklahoma", "US.OK")]
    got = places_of(nlp, "Officials in Panama said the canal would limit daily crossings.")
    assert [(p[1], p[2]) for p in got] == [("Panama", "PA")]


def test_metropolis_keeps_its_short_name(nlp):
    got = places_of(nlp, "Rents in New York rose 4 percent in the first quarter, a broker said.")
    assert [p[2] for p in got] == ["US"]


def test_one_name_qualified_by_two_regions_is_two_places(nlp):
    body = "The choir from Portland, Maine, will sing with a choir from Portland, Oregon, in June."
    got = places_of(nlp, body)
    assert [p[3] for p in got if p[0] == "Portland"] == ["US.ME", "US.OR"]


def test_famous_city_alone_is_kept(nlp):
    got = places_of(nlp, "Columbus officials approved a new stadium lease on Tuesday night.")
    assert [(p[1], p[3]) for p in got] == [("Columbus", "US.OH")]


def test_namesake_tied_by_the_article_still_wins(nlp):
    got = places_of(nlp, "The mill in Columbus, near Macon, Georgia, will close in May.")
    assert ("Columbus", "Columbus", "US", "US.GA") in got


def test_capital_read_as_an_adjective_is_a_place(nlp):
    got = places_of(nlp, "Ministers said the Kyiv government would not sign the deal.")
    assert [(p[1], p[2]) for p in got] == [("Kyiv", "UA")]
