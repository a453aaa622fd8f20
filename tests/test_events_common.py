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
