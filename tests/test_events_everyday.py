"""Everyday senses of the event coder: headlines glued to the body, everyday and business senses,
sports pages, negated abilities, arrivals that are no visits, offers of services."""

from __future__ import annotations

import pytest

from newsgraph.events.competition import sports_document
from newsgraph.model import Event

from conftest import coded_events, event_kinds as kinds

PUBLISHED = "2026-02-22"


@pytest.fixture(scope="module")
def nlp(events_nlp):
    return events_nlp


def code(nlp, text: str) -> list[Event]:
    return coded_events(nlp, text, PUBLISHED)


def test_a_headline_glued_before_the_body_tells_no_event_of_its_own(nlp):
    events = code(nlp, "Farmer, 52, beaten outside tavern. A 52-year-old farmer was beaten by two men "
                       "outside a tavern in Millbrook on Friday, police said.")
    assert len(events) == 1
    assert events[0].evidence[0].start > 0  # from the body's sentence, not the headline


def test_a_present_tense_headline_is_dropped_but_a_past_tense_lede_stays(nlp):
    headline = code(nlp, "Mob attacks police station in Lagos. A mob attacked a police station in Lagos "
                         "on Monday, burning two cars, officials said.")
    assert [e.type for e in headline] == ["ASSAULT"] and headline[0].evidence[0].start > 0
    lede = code(nlp, "Police arrested two men on Monday. They were charged with burglary.")
    assert any(e.type == "COERCE" and e.evidence[0].start == 0 for e in lede)


def test_a_single_sentence_is_never_taken_for_a_headline(nlp):
    [event] = code(nlp, "Mob attacks police station in Lagos.")
    assert event.type == "ASSAULT" and event.evidence[0].start == 0


def test_a_meeting_named_as_the_setting_is_no_consultation(nlp):
    events = code(nlp, "At a heated meeting on Monday evening, the council approved the new parking plan.")
    assert "CONSULT" not in [e.type for e in events]
    [talk] = code(nlp, "The president met the rebel leaders at a meeting with Kenyan mediators.")
    assert talk.type == "CONSULT" and talk.target and "rebel leaders" in talk.target


def test_company_business_is_no_agreement(nlp):
    assert code(nlp, "The struggling retailer has agreed to be acquired by a rival chain for $40 million.") == []
    assert code(nlp, "The bakery chain, promising a $2 million investment, plans to open a plant in Dayton.") == []
    assert code(nlp, "Its two founders will resign from the board next month.") == []


def test_a_political_agreement_still_counts(nlp):
    [deal] = code(nlp, "Serbia agreed to reopen the border crossing with Kosovo.")
    assert deal.type == "AGREE" and deal.actor == "Serbia"


def test_drawing_a_weapon_is_no_withdrawal_but_troops_are(nlp):
    events = code(nlp, "The robber pulled out a pistol and pointed it at the clerk.")
    assert "RETREAT" not in [e.type for e in events]
    [retreat] = code(nlp, "Turkey pulled out its troops from the border town.")
    assert retreat.type == "RETREAT" and retreat.actor == "Turkey"


def test_drones_launched_for_a_search_are_no_attack(nlp):
    assert code(nlp, "The survey ship launched two underwater drones to search the seabed for the wreck.") == []


def test_a_visit_one_was_kept_from_did_not_happen(nlp):
    events = code(nlp, "Prison officials have barred reporters from visiting the detained activist.")
    assert "CONSULT" not in [e.type for e in events]


def test_a_result_participle_is_no_concession(nlp):
    events = code(nlp, "The governor signed an emergency order on Sunday, allowing federal money to reach the towns.")
    assert "CONCEDE" not in [e.type for e in events]


def test_funding_a_project_is_no_aid_but_funding_a_party_is(nlp):
    assert code(nlp, "The foundation is financing three projects along the river.") == []
    aid = code(nlp, "Iran has funded the rebels for years.")
    assert [e.type for e in aid] == ["AID"]


def test_migrants_and_ships_arriving_are_no_visit_but_an_envoy_is(nlp):
    assert code(nlp, "More than 9,000 Syrians have arrived in Jordan since January.") == []
    assert code(nlp, "The research vessel arrived at the search area on Tuesday.") == []
    [visit] = code(nlp, "The French foreign minister arrived in Beirut on Tuesday.")
    assert visit.type == "CONSULT" and visit.mode == "visit"


def test_an_ability_denied_under_the_copula_is_negated(nlp):
    [meet] = code(nlp, "The delegation wasn't able to meet the prime minister before the vote.")
    assert (meet.type, meet.modality) == ("CONSULT", "negated")
    [able] = code(nlp, "The delegation was able to meet the prime minister before the vote.")
    assert (able.type, able.modality, able.actor) == ("CONSULT", "asserted", "delegation")


def test_offering_a_service_is_no_agreement_but_offering_talks_is(nlp):
    assert code(nlp, "The library offers free computer classes to seniors every Tuesday.") == []
    [offer] = code(nlp, "Norway offered talks to the two sides in Oslo.")
    assert offer.type == "AGREE" and offer.actor == "Norway"


def test_a_promised_request_is_future(nlp):
    [ask] = code(nlp, "The candidate said he would ask voters to back the school levy.")
    assert (ask.type, ask.modality) == ("REQUEST", "future")


def test_bestowing_power_and_protesting_in_words_are_no_events(nlp):
    assert code(nlp, "The charter is the means by which authority is conferred on the regional boards.") == []
    assert code(nlp, "She wrote to the editor, protesting that the review had been unfair.") == []


@pytest.mark.parametrize("text,expected", [
    ("Published 2018-04-05. Updated 2018-04-06. Filed 2018-04-07. Revised 2018-04-08. The council met.", False),
    ("Night shifts and overtime: nurses worked overtime for weeks, and overtime pay rose; overtime is common.", False),
    ("The Hawks won 3-1. Then they lost 2-0, drew 1-1 and won 4-2 in the playoffs.", True),
    ("Let it rest 24-48 hours. It does 0-62 mph. Allow 5-8 minutes. Serve 2-4 people.", False),
    ("He scored two goals in overtime, and the goalie made 30 saves as they won 3-2.", True),
])
def test_sports_document_needs_real_scores_or_two_kinds_of_cue(text, expected):
    assert sports_document(text) is expected


def test_weighing_options_is_no_investigation(nlp):
    assert code(nlp, "The mayor said he will investigate incentives offered by nearby towns.") == []


def test_no_one_attacks_himself_by_a_misread_pronoun(nlp):
    [blow] = code(nlp, "Witnesses said Ortiz kept taunting Reyes, and it turned violent when Ortiz hit him with a bottle.")
    assert blow.type == "ASSAULT" and blow.actor == "Ortiz" and blow.target != "Ortiz"


def test_too_adjective_to_act_tells_no_act(nlp):
    events = code(nlp, "The rebels are too divided to accept the peace plan.")
    assert ("AGREE", "asserted") not in kinds(events)


def test_stopping_the_funding_of_a_program_is_no_sanction(nlp):
    assert code(nlp, "The state agency decided to stop funding the loan program in January.") == []
    [cut] = code(nlp, "The United States stopped funding the rebels in March.")
    assert cut.type == "SANCTION" and cut.target == "rebels"


def test_defending_ones_own_rights_backs_no_party(nlp):
    assert code(nlp, "For decades the villagers defended their claims to the valley.") == []
    [backing] = code(nlp, "France defended its ally in the Security Council.")
    assert backing.type == "SUPPORT" and backing.actor == "France"


def test_those_who_evade_a_ban_did_not_impose_it(nlp):
    [ban] = code(nlp, "To get around a statewide fishing ban, boat owners were registering in Ohio.")
    assert ban.type == "COERCE" and ban.actor is None


def test_a_concern_about_what_a_party_did_targets_that_party(nlp):
    [concern] = code(nlp, "Shop owners raised concern that the county had ignored their complaints.")
    assert (concern.type, concern.actor, concern.target) == ("ACCUSE", "Shop owners", "county")


def test_what_someone_can_do_is_a_capacity_not_a_deed(nlp):
    [seize] = code(nlp, "Under the new law, customs officers can seize any unlicensed drone.")
    assert (seize.type, seize.modality) == ("COERCE", "hypothetical")


def test_showing_how_is_no_demonstration_of_protest(nlp):
    assert code(nlp, "Visitors can watch cooking demonstrations and shop for local cheese.") == []
    [march] = code(nlp, "Students staged demonstrations against the tuition rise on Friday.")
    assert march.type == "PROTEST"


def test_financing_ventures_is_no_aid(nlp):
    assert code(nlp, "The banker has financed several shipping and mining projects.") == []


def test_a_meeting_being_set_up_is_not_yet_held(nlp):
    [meeting] = code(nlp, "The trade delegation has scheduled a meeting with the provincial governor.")
    assert (meeting.type, meeting.modality) == ("CONSULT", "future")


def test_speaking_about_an_event_neither_denies_it_nor_does_it(nlp):
    events = code(nlp, "A spokesman said investigators were not linking the shooting to the planned rally.")
    assert ("ASSAULT", "negated") not in kinds(events)
    assert all(e.actor != "investigators" for e in events)


def test_a_planned_event_is_not_yet_held(nlp):
    events = code(nlp, "Organisers said the planned march against the dam would go ahead.")
    assert [e.modality for e in events if e.type == "PROTEST"] in ([], ["future"])
    assert ("PROTEST", "asserted") not in kinds(events)


def test_a_duty_to_prevent_is_no_prevention(nlp):
    events = code(nlp, "“We take our job to inspect, identify, repair and prevent electrical and fire "
                       "incidents in state buildings very seriously.”")
    assert ("COERCE", "asserted") not in kinds(events)
