"""Common constructions of conflict and diplomatic news: type, actor and target of each.

The sentences are written for these tests in the plain style of wire reports; each checks
one way of telling who did what to whom (a vow to attack, a place that is only a venue,
one's own forces moved, a police raid, a labour strike told by its length)."""
from __future__ import annotations

import pytest

from conftest import coded_events

PUBLISHED = "2024-03-05"


@pytest.fixture(scope="module")
def nlp(events_nlp):
    return events_nlp


def asserted(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor, e.target) for e in coded_events(nlp, text, PUBLISHED) if e.modality == "asserted"]


@pytest.mark.parametrize("text, expected", [
    ("The rebels vowed to attack the capital.", ("THREATEN", "rebels", "capital")),
    ("Hamas threatened to retaliate against Israel for the killing of its commander.",
     ("THREATEN", "Hamas", "Israel")),
    ("Security forces fired tear gas at demonstrators in Dhaka.", ("COERCE", "Security forces", "demonstrators")),
    ("The junta banned all political parties.", ("COERCE", "junta", "all political parties")),
    ("Police raided the offices of an independent newspaper.",
     ("COERCE", "Police", "offices of an independent newspaper")),
    ("The judge ordered the release of the detained journalists.", ("RETREAT", "judge", "detained journalists")),
    ("Germany will send tanks to Ukraine.", ("AGREE", "Germany", "Ukraine")),
    ("Iran supplied drones to Russia.", ("AID", "Iran", "Russia")),
    ("Aid agencies distributed blankets to thousands of displaced families.",
     ("AID", "Aid agencies", "displaced families")),
    ("The EU banned imports of Russian oil.", ("SANCTION", "EU", "Russian oil")),
    ("Protesters clashed with police on Saturday.", ("ASSAULT", "Protesters", "police")),
    ("The pope condemned the violence.", ("ACCUSE", "pope", None)),
])
def test_who_did_what_to_whom(nlp, text, expected):
    assert expected in asserted(nlp, text)


def test_the_city_where_talks_are_held_is_not_whom_they_are_held_with(nlp):
    assert all(target != "Tokyo" for _, _, target in asserted(nlp, "Japan and South Korea held talks in Tokyo."))
    assert ("CONSULT", "prime minister", "his French counterpart") in asserted(
        nlp, "The prime minister met his French counterpart in Paris.")


def test_ones_own_forces_are_moved_not_targeted(nlp):
    assert asserted(nlp, "The army withdrew its troops from the disputed area.") == [("RETREAT", "army", None)]
    assert ("MOBILIZE", "China", None) in asserted(nlp, "China deployed warships.")
    assert ("RETREAT", "rebels", "12 hostages") in asserted(nlp, "The rebels released 12 hostages on Friday.")


def test_a_noun_the_trigger_hangs_from_is_no_target(nlp):
    [event] = asserted(nlp, "The government declared a state of emergency in three provinces.")
    assert event == ("COERCE", "government", None)


def test_a_release_of_things_is_no_event(nlp):
    assert asserted(nlp, "The band announced the release of a new album.") == []
    assert asserted(nlp, "The ministry issued a press release on Monday.") == []


def test_a_strike_that_lasts_hours_is_a_stoppage_and_one_on_a_city_an_attack(nlp):
    assert asserted(nlp, "Nurses staged a 24-hour strike over staffing levels.") == [("PROTEST", "Nurses", None)]
    assert ("ASSAULT", "Israel", "Gaza") in asserted(nlp, "Israel carried out a strike on Gaza.")


@pytest.mark.parametrize("text, expected", [
    # a site or thing held by a party is what is struck
    ("The militia shelled government positions overnight.", ("ASSAULT", "militia", "government positions")),
    ("Soldiers set fire to dozens of homes in the village.", ("COERCE", "Soldiers", "homes")),
    ("Insurgents took control of the border crossing.", ("ASSAULT", "Insurgents", "border crossing")),
    ("Syrian government forces recaptured the town from rebels.",
     ("ASSAULT", "Syrian government forces", "rebels")),
    # a count before the object: "dozens of rockets", "hundreds of protesters"
    ("Lebanon's Hezbollah fired dozens of rockets into northern Israel.",
     ("ASSAULT", "Lebanon's Hezbollah", "northern Israel")),
    ("Security forces detained dozens of opposition supporters.",
     ("COERCE", "Security forces", "opposition supporters")),
    # a reduced relative: the noun it modifies underwent the deed
    ("Protesters arrested during the rally were later released.", ("COERCE", None, "Protesters")),
    # an attack told by its doer noun, by a claim, or between two sides
    ("A suicide bomber blew himself up outside a mosque in Peshawar.", ("ASSAULT", "suicide bomber", None)),
    ("The Taliban claimed responsibility for the attack.", ("ASSAULT", "Taliban", None)),
    ("At least 30 people were killed in clashes between the army and rebels.",
     ("ASSAULT", "army; rebels", "At least 30 people")),
    ("Indian and Pakistani troops exchanged fire along the Line of Control.",
     ("ASSAULT", "Indian troops; Pakistani troops", None)),
    # whom help, a threat's condition or a trip's talks are aimed at
    ("Germany pledged 500 million euros to help Ukraine rebuild its power grid.", ("AGREE", "Germany", "Ukraine")),
    ("The general threatened to use force if the protesters did not leave the square.",
     ("THREATEN", "general", "protesters")),
    ("The prime minister arrived in Washington on Tuesday for talks with President Joe Biden.",
     ("CONSULT", "prime minister", "President Joe Biden")),
    # diplomatic acts
    ("Seoul protested to Tokyo over the island dispute.", ("ACCUSE", "Seoul", "Tokyo")),
    ("The World Bank approved a $300 million loan to Kenya.", ("AID", "World Bank", "Kenya")),
    ("Kyiv and Moscow swapped 200 prisoners of war.", ("RETREAT", "Kyiv; Moscow", "200 prisoners of war")),
    ("The court acquitted the journalist of defamation.", ("RETREAT", "court", "journalist")),
    ("Leaders of the G7 gathered in Hiroshima for a summit.", ("CONSULT", "Leaders of the G7", None)),
    ("China and Russia held joint naval drills in the Sea of Japan.", ("COOPERATE", "China; Russia", None)),
    ("The junta dissolved the country's main opposition party.",
     ("COERCE", "junta", "country's main opposition party")),
    ("Britain suspended arms sales to Israel.", ("SANCTION", "Britain", "Israel")),
    ("Washington blacklisted dozens of Chinese companies.", ("SANCTION", "Washington", "Chinese companies")),
    ("Russia moved additional troops and tanks to the border.", ("MOBILIZE", "Russia", "border")),
    ("Canada expelled six Indian diplomats over the killing of a Sikh leader.",
     ("ASSAULT", None, "Sikh leader")),
    ("Ukraine received $2 billion in aid from the United States.", ("AID", "United States", "Ukraine")),
])
def test_common_wire_constructions(nlp, text, expected):
    assert expected in asserted(nlp, text)


def test_the_subject_of_a_causing_verb_did_not_do_what_it_caused(nlp):
    events = asserted(nlp, "The killing of the opposition leader sparked protests across the country.")
    assert ("PROTEST", None, None) in events
    assert ("ASSAULT", None, "opposition leader") in events


def test_an_attack_noun_as_subject_gives_its_target_not_its_actor(nlp):
    events = asserted(nlp, "The bombing of the U.S. embassy in Nairobi killed more than 200 people.")
    assert [actor for kind, actor, _ in events if kind == "ASSAULT"] == [None]


def test_words_fired_back_at_critics_are_no_shots(nlp):
    assert asserted(nlp, "The film's director fired back at critics in an interview.") == [
        ("ACCUSE", "film's director", "critics")]
    assert asserted(nlp, "The team attacked relentlessly in the second half but failed to score.") == []
    assert ("ASSAULT", "Troops", "attackers") in asserted(nlp, "Troops fired back at the attackers.")


def test_a_bill_killed_in_committee_is_no_attack(nlp):
    assert asserted(nlp, "The bill was killed in committee on Tuesday.") == []
    assert asserted(nlp, "Gunmen killed the mayor.") == [("ASSAULT", "Gunmen", "mayor")]


def test_the_town_of_a_raid_does_not_replace_the_people_shot_in_it(nlp):
    events = asserted(nlp, "Three Palestinians were shot dead by Israeli forces during a raid in Jenin, "
                           "the health ministry said.")
    assert events == [("ASSAULT", "Israeli forces", "Three Palestinians")]
