"""Modality: intentions, refusals and denials, inverted conditions, conditional
demands, claims argued in court, opinions of agreement, and verbs the parser hangs on the
wrong clause. Sentences written for these tests (new wording, same constructions)."""

from __future__ import annotations

import pytest

from newsgraph.events.clauses import own_clause
from newsgraph.model import Event

from conftest import coded_events, event_kinds as kinds

PUBLISHED = "2026-03-04"


@pytest.fixture(scope="module")
def nlp(events_nlp):
    return events_nlp


def code(nlp, text: str) -> list[Event]:
    return coded_events(nlp, text, PUBLISHED)


def test_a_deed_someone_only_plans_is_not_asserted(nlp):
    events = code(nlp, "Critics say the committee has long said it plans to release the documents "
                       "together with its closing report.")
    assert ("RETREAT", "asserted") not in kinds(events)


def test_a_refused_or_denied_deed_is_not_asserted(nlp):
    events = code(nlp, "The governor denied attacking the reporter outside the courthouse.")
    assert ("ASSAULT", "asserted") not in kinds(events)
    assert "RETREAT" not in [e.type for e in events]  # a denial of a deed is no reversal of it
    refused = code(nlp, "The mayor refused to meet the striking drivers on Tuesday.")
    assert ("REJECT", "asserted") in kinds(refused)
    assert ("CONSULT", "asserted") not in kinds(refused)


def test_should_before_its_subject_opens_a_condition_not_a_demand(nlp):
    events = code(nlp, "The columnist writes: “Should Ortega carry Lima and Vargas carry Cusco, "
                       "it is all but certain that nobody will reach a majority.")
    assert "REQUEST" not in [e.type for e in events]
    demand = code(nlp, "The senator said the ministry should release the prisoners.")
    assert [(e.type, e.modality, e.actor) for e in demand] == [("REQUEST", "asserted", "senator")]


def test_a_demand_made_under_a_condition_is_conditional(nlp):
    events = code(nlp, "Last year the minister said that if the strike were declared illegal, "
                       "organisers who continue it should be prosecuted.")
    assert [(e.type, e.modality) for e in events if e.type == "REQUEST"] == [("REQUEST", "conditional")]


def test_a_thing_meant_to_do_something_is_no_ones_threat(nlp):
    events = code(nlp, "Beijing believes the radar was intended to track Chinese missiles.")
    assert "THREATEN" not in [e.type for e in events]
    vow = code(nlp, "The militia intended to shoot down the cargo plane.")
    assert [e.type for e in vow] == ["THREATEN"]


def test_a_finite_verb_after_a_wish_is_its_own_asserted_clause(nlp):
    events = code(nlp, "Ramirez said she would like the candidate to explain his budget plan but "
                       "supports his campaign because he is the most honest of the three.")
    support = [e for e in events if e.type == "SUPPORT"]
    assert [(e.modality, e.actor) for e in support] == [("asserted", "Ramirez")]
    doc = nlp("Party elders suggested the spokesman be sacked and defended the governor as a leader.")
    defended = next(t for t in doc if t.text == "defended")
    assert own_clause(defended)
    assert not own_clause(next(t for t in nlp("He wants them to end the fees and provide relief.")
                               if t.text == "provide"))


def test_events_inside_an_argued_claim_are_not_asserted(nlp):
    events = code(nlp, "The lawsuit was filed by two charities, one of which argued that the engines "
                       "were used in air strikes on Aleppo.")
    assert ("ASSAULT", "asserted") not in kinds(events)
    said = code(nlp, "The ministry said the rockets were used in air strikes on the town of Hama.")
    assert ("ASSAULT", "asserted") in kinds(said)


def test_agreeing_with_someone_in_the_present_is_an_opinion(nlp):
    events = code(nlp, "“Many of them agree with her on trade, but they are not ready to vote for her,” he said.")
    assert ("AGREE", "asserted") not in kinds(events)
    deal = code(nlp, "Turkey agreed with Greece on a new schedule for the border talks.")
    assert ("AGREE", "asserted") in kinds(deal)


def test_ended_excluded_and_unlikely_deeds_are_not_asserted(nlp):
    assert kinds(code(nlp, "The union no longer backs the mayor.")) == [("SUPPORT", "negated")]
    assert ("CONSULT", "asserted") not in kinds(code(nlp, "The premier ruled out meeting the strike leaders."))
    assert ("ACCUSE", "asserted") not in kinds(code(nlp, "The envoy stopped short of accusing the army of abuses."))
    assert ("COERCE", "asserted") not in kinds(code(nlp, "Prosecutors are unlikely to arrest the two executives."))
    threat = code(nlp, "The singer's threat to sue the tabloid was dropped last week.")
    assert ("ACCUSE", "asserted") not in kinds(threat)


def test_the_kind_of_event_a_ban_is_on_is_not_held(nlp):
    events = code(nlp, "The governor is weighing a ban on student marches near the palace.")
    assert ("PROTEST", "asserted") not in kinds(events)
