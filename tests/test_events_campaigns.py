"""Campaign pages: rallies that are only where someone spoke or was present,
and fighting for a cause that is no combat. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.model import Event

from conftest import coded_events


@pytest.fixture(scope="module")
def nlp(events_nlp):
    return events_nlp


def code(nlp, text: str) -> list[Event]:
    return coded_events(nlp, text, "2026-03-04")


def types(events: list[Event]) -> list[str]:
    return [e.type for e in events]


def test_a_rally_where_someone_spoke_or_was_present_is_no_protest(nlp):
    page = "Protesters marched against the plant last year. "  # a page that speaks of protest

    def later(text: str) -> list[str]:
        return [e.type for e in code(nlp, page + text) if e.evidence[0].start >= len(page)]

    assert "PROTEST" not in later("At a rally in Reno last month, the mayor described the senator as a loyal friend.")
    assert "PROTEST" not in later("The nurse attended the rally, though she is still undecided "
                                  "between the two of them.")
    assert "PROTEST" in types(code(nlp, "Thousands of teachers rallied outside parliament on Monday "
                                        "against the pay freeze."))


def test_fighting_for_a_cause_is_no_combat(nlp):
    assert "ASSAULT" not in types(code(nlp, "Lopez, a former teacher who has fought for cheaper "
                                            "medicine and paid leave, joined the race on Monday."))
    combat = code(nlp, "Army units fought for control of the bridge on Sunday, officials said.")
    assert "ASSAULT" in types(combat)


def test_deeds_of_a_relative_clause_are_done_by_its_noun(nlp):
    events = code(nlp, "Officers fired tear gas at marchers who blocked the ring road and set fire to tyres "
                       "outside the ministry.")
    assert [(e.type, e.actor) for e in events if e.actor == "marchers"] == [("PROTEST", "marchers"),
                                                                          ("COERCE", "marchers")]
    assert [e.actor for e in events if e.mode == "crowd-control"] == ["Officers"]
    aimed = code(nlp, "Police fired tear gas and water cannon at demonstrators who threw stones and set fire "
                      "to bins near the station.")
    assert [(e.type, e.actor) for e in aimed] == [("PROTEST", "demonstrators"), ("COERCE", "demonstrators")]


def test_appeal_as_attraction_is_no_request(nlp):
    assert "REQUEST" not in types(code(nlp, "The governor has struggled to widen her appeal beyond rural voters."))
    assert "REQUEST" not in types(code(nlp, "His broad appeal among young voters worries the party."))
    plea = code(nlp, "The governor issued an appeal to farmers to save water.")
    assert [(e.type, e.actor) for e in plea] == [("REQUEST", "governor")]


def test_who_answers_a_charge_did_not_make_it(nlp):
    events = code(nlp, "The minister has pushed back against accusations of bribery against his brother.")
    assert [(e.type, e.actor, e.target) for e in events] == [("ACCUSE", None, "his brother")]
    assert code(nlp, "The mayor has tried to rebut that criticism, touring three schools in May.") == []
    made = code(nlp, "The opposition leveled accusations of bribery against the minister.")
    assert [(e.type, e.actor) for e in made] == [("ACCUSE", "opposition")]


def test_threatening_a_thing_is_endangering_it(nlp):
    assert "THREATEN" not in types(code(nlp, "Critics called her a senator who had threatened voters' privacy "
                                            "and limited their rights."))
    held_out = code(nlp, "The president threatened further sanctions against Iran on Monday.")
    assert [(e.type, e.actor) for e in held_out] == [("THREATEN", "president")]
    assert "THREATEN" in types(code(nlp, "The robber threatened the shopkeeper and fled."))


def test_the_charge_someone_is_accused_of_is_not_asserted(nlp):
    events = code(nlp, "An ad accuses the mayor of being friendly to the developers.")
    assert ("SUPPORT", "asserted") not in [(e.type, e.modality) for e in events]


def test_marching_forward_is_no_march(nlp):
    assert "PROTEST" not in types(code(nlp, "She is a stubborn leader marching forward with plans I dislike."))


def test_a_side_firing_from_its_positions_is_the_attacker(nlp):
    events = code(nlp, "The port town is shelled almost every night from Turkish positions across the river.")
    assert [(e.type, e.actor) for e in events] == [("ASSAULT", "Turkish")]
