"""Kinds and spans of names read from the words around them (entities battery round, session 10)."""

from __future__ import annotations

import pytest

from newsgraph.nlp import make_input_doc


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load_nlp

    return load_nlp(components=("newsgraph_entities",))


def _types(nlp, text: str) -> dict[str, str]:
    doc = nlp(make_input_doc(nlp, text))
    return {e.name: e.type for e in doc._.ng_entities}


def test_ship_prefix_makes_one_product_name(nlp):
    types = _types(nlp, "The British destroyer HMS Diamond shot down a drone over the Red Sea on Tuesday.")
    assert types.get("HMS Diamond") == "PRODUCT"
    assert "HMS" not in types and "Diamond" not in types


def test_owned_name_before_product_noun_is_a_product(nlp):
    types = _types(nlp, "Google said its Chrome browser would block the trackers from March.")
    assert types.get("Chrome") == "PRODUCT"
    assert types.get("Google") == "ORG"


def test_score_is_cut_from_team_name(nlp):
    types = _types(nlp, "Bayern Munich thrashed Werder Bremen 5-1 on Saturday.")
    assert "Werder Bremen" in types
    assert not any("5" in name for name in types)


def test_two_places_joined_by_and_are_two_entities(nlp):
    types = _types(nlp, "Missiles hit power plants in Lviv and Dnipro overnight, officials said.")
    assert "Lviv and Dnipro" not in types
    assert {"Lviv", "Dnipro"} <= set(types)


def test_common_initialisms_are_no_names(nlp):
    types = _types(nlp, "He won by KO in the second round and will have an MRI scan on his hand.")
    assert "KO" not in types and "MRI" not in types


def test_firm_after_shares_of_is_not_a_place(nlp):
    types = _types(nlp, "Investors dumped shares of Nvidia on Monday.")
    assert types.get("Nvidia") == "ORG"


def test_lone_capitalised_plural_opening_a_sentence_is_no_name(nlp):
    types = _types(nlp, "Commuters faced long delays after a signal failure near Leeds.")
    assert "Commuters" not in types


def test_journey_end_is_a_place(nlp):
    types = _types(nlp, "A charter flight from Lisbon to Funchal was cancelled because of high winds.")
    assert types.get("Lisbon") == "GPE" and types.get("Funchal") == "GPE"
    assert _types(nlp, "Aid convoys heading to Adre were delayed by rain.").get("Adre") == "GPE"


def test_feature_noun_makes_a_place(nlp):
    assert _types(nlp, "Pollution in the Mekong delta has worsened.").get("Mekong") == "LOC"
    assert _types(nlp, "Logging in the Borneo rainforest resumed last year.").get("Borneo") == "LOC"


def test_one_word_person_after_the_is_a_landmark(nlp):
    assert _types(nlp, "Visitors queued for hours after the Hermitage reopened.").get("Hermitage") == "FAC"
    assert _types(nlp, "Supporters of the Trump campaign gathered in Ohio.").get("Trump") != "FAC"


def test_real_people_and_firms_keep_their_types(nlp):
    types = _types(nlp, "Apple chief executive Tim Cook met Chinese Premier Li Qiang in Beijing on Sunday. Cook said sales were strong.")
    assert types.get("Tim Cook") == "PERSON"
    assert types.get("Apple") == "ORG"
    assert "Cook" not in types


def test_ship_named_without_its_prefix_joins_the_ship(nlp):
    doc = nlp(make_input_doc(nlp, "Sailors on board the MV Dalma said they were fired on. The Dalma was flying a Greek flag."))
    ships = [e for e in doc._.ng_entities if "Dalma" in e.name]
    assert len(ships) == 1 and ships[0].type == "PRODUCT" and len(ships[0].mentions) == 2


# Battery round 2 (session 10): fixed patterns of words (entities/patterns.py).


def test_storm_name_is_one_event(nlp):
    assert _types(nlp, "Typhoon Haikui cut power in Fuzhou.").get("Typhoon Haikui") == "EVENT"
    types = _types(nlp, "Cyclone Gabrielle cut power to thousands of homes in Napier.")
    assert types.get("Cyclone Gabrielle") == "EVENT"
    assert "Gabrielle" not in types


def test_storm_word_before_a_person_surname_is_no_storm(nlp):
    types = _types(nlp, "Guard Storm Filsaime 4 points, 3 rebounds.")
    assert not any(t == "EVENT" for t in types.values())


def test_car_maker_and_model_are_one_product(nlp):
    types = _types(nlp, "Police said the suspects fled in a blue Nissan Qashqai after the raid.")
    assert types.get("Nissan Qashqai") == "PRODUCT"
    assert "Nissan" not in types
    assert _types(nlp, "Toyota Motor said profits rose.").get("Toyota Motor") != "PRODUCT"


def test_class_of_ships_is_no_place(nlp):
    types = _types(nlp, "A Kilo-class submarine and a Sovremenny-class destroyer sailed past Tartus.")
    assert "Kilo" not in types and "Sovremenny" not in types


def test_title_ending_in_champion_is_no_organisation(nlp):
    types = _types(nlp, "European Champion is the only title she has not won, her coach said.")
    assert "European Champion" not in types


def test_common_word_opening_a_sentence_is_no_person(nlp):
    types = _types(nlp, "Calm and composed, the goalkeeper saved two penalties in Lisbon.")
    assert "Calm" not in types
    assert types.get("Lisbon") == "GPE"


def test_firm_counted_with_a_is_a_product(nlp):
    assert _types(nlp, "The officer drew a Taser and ordered him to stop.").get("Taser") == "PRODUCT"


def test_demonym_before_lower_case_words_is_a_people(nlp):
    types = _types(nlp, "The crew included two members of the Malaysian navy as the government's representatives.")
    assert types.get("Malaysian") == "NORP"
    assert not any("navy" in name for name in types)


def test_count_before_product_noun_makes_a_product(nlp):
    assert _types(nlp, "Honda recalled 500,000 Odyssey vans over faulty doors.").get("Odyssey") == "PRODUCT"


def test_team_beaten_by_a_score_is_an_organisation(nlp):
    assert _types(nlp, "Leeds thrashed Swansea 5-0 at Elland Road.").get("Swansea") == "ORG"
    assert _types(nlp, "Jannik Sinner beat Daniil Medvedev 6-3, 6-4 in Melbourne.").get("Daniil Medvedev") == "PERSON"


def test_work_title_after_film_is_no_entity(nlp):
    types = _types(nlp, "The film Oppenheimer was shown at a festival in Venice.")
    assert "Oppenheimer" not in types
    assert types.get("Venice") == "GPE"


def test_camel_case_brand_is_found(nlp):
    types = _types(nlp, "Students said they used ChatGPT and an old iPad for their homework.")
    assert types.get("ChatGPT") == "PRODUCT" and types.get("iPad") == "PRODUCT"


def test_untagged_cup_and_street_are_named(nlp):
    types = _types(nlp, "Shares fell on Wall Street after the League Cup final was postponed.")
    assert types.get("Wall Street") == "FAC"


def test_person_name_runs_on_across_a_particle(nlp):
    types = _types(nlp, "Ajax manager Erik ten Hag said the team had played well.")
    assert "Erik ten Hag" in types


# Round 3 (battery EN3): particles kept inside a name, calendar days, papers, games, models.


def test_particles_the_model_kept_join_the_surname(nlp):
    types = _types(nlp, "Commission chief Ursula von der Leyen flew to Kyiv on Tuesday.")
    assert types.get("Ursula von der Leyen") == "PERSON"
    assert "Leyen" not in types


def test_calendar_day_is_no_name(nlp):
    types = _types(nlp, "Easter Sunday crowds packed the square in front of the cathedral.")
    assert "Easter Sunday" not in types


def test_newspaper_and_games_are_typed_by_their_last_word(nlp):
    types = _types(nlp, "The Sydney Morning Herald said the Paris Olympics had cost more than planned.")
    assert types.get("Sydney Morning Herald") == "ORG"
    assert types.get("Paris Olympics") == "EVENT"


def test_campus_after_at_stays_in_a_university_name(nlp):
    types = _types(nlp, "A study by the University of Texas at Austin was published on Monday.")
    assert types.get("University of Texas at Austin") == "ORG"
    assert "Austin" not in types


def test_model_numbers_and_road_numbers(nlp):
    types = _types(nlp, "Traffic on the M25 was slow as shoppers queued for the Pixel 9 Pro.")
    assert types.get("M25") == "FAC"
    assert types.get("Pixel 9 Pro") == "PRODUCT"


def test_title_after_a_demonym_is_left_out(nlp):
    types = _types(nlp, "The visit by Belgian King Philippe was postponed because of the strike.")
    assert types.get("Philippe") == "PERSON"
    assert "King Philippe" not in types


def test_name_after_a_product_noun_is_a_product(nlp):
    types = _types(nlp, "Regulators said the drug Leqembi slowed memory loss, and older versions of Windows were at risk.")
    assert types.get("Leqembi") == "PRODUCT"
    assert types.get("Windows") == "PRODUCT"


def test_party_members_give_a_norp(nlp):
    types = _types(nlp, "Dozens of Conservative MPs voted against the plan on Wednesday.")
    assert types.get("Conservative") == "NORP"
