"""Quotes: stances toward a party and headline kickers are no quotes; role and age
descriptions find the right person (or nobody). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load_nlp

    return load_nlp(components=("newsgraph_entities", "newsgraph_quotes"))


def _quotes(nlp, text: str):
    from newsgraph.nlp import make_input_doc

    return nlp(make_input_doc(nlp, text))._.ng_quotes


def _by_text(nlp, text: str) -> dict:
    return {q.text: q for q in _quotes(nlp, text)}


# --- stances toward a party: whom, not what ---------------------------------------------------


def test_an_endorsement_of_a_person_is_no_quote(nlp):
    assert _by_text(nlp, "The mayor endorsed Jane Porter last week.") == {}
    assert _by_text(nlp, "The union backed her and her running mate in March.") == {}


def test_a_stance_with_words_after_the_party_stays(nlp):
    found = _by_text(nlp, "The governor attacked Porter, saying she had lied about the budget.")
    assert list(found) == ["she had lied about the budget"]
    assert found["she had lied about the budget"].speaker.text == "The governor"
    accused = _by_text(nlp, "Senator Maria Lopez accused Porter of hiding the audit.")
    assert "Porter of hiding the audit" in accused


def test_a_stance_on_a_thing_stays(nlp):
    found = _by_text(nlp, "The mayor defended the new budget in a radio interview.")
    assert list(found) == ["the new budget"] and found["the new budget"].cue.text == "defended"


# --- headline kickers ----------------------------------------------------------------------------


def test_a_headline_kicker_is_no_source(nlp):
    assert _by_text(nlp, "Breaking: Senate passes the budget bill after a long night.\n\nThe vote was close.") == {}
    assert _by_text(nlp, "Revealed: the donors behind the new super PAC.\n\nThe list was long.") == {}


def test_a_headline_name_before_a_colon_is_still_a_source(nlp):
    found = _by_text(nlp, "Porter: The budget will pass this week.\n\nThe mayor spoke on Monday.")
    assert [q.speaker.text for q in found.values()] == ["Porter"]


# --- role and age descriptions -------------------------------------------------------------------


def test_an_indefinite_staff_word_is_nobody_named_before(nlp):
    text = (
        "The panel heard from former budget secretary Alan Whitfield on Monday.\n\n"
        "Members will vote in June, an aide said Tuesday.\n\n"
        "\u201cThe report is finished,\u201d the aide said."
    )
    found = _by_text(nlp, text)
    assert found["Members will vote in June"].speaker.name is None
    assert found["The report is finished"].speaker.text == "the aide"
    assert found["The report is finished"].speaker.name is None


def test_an_age_description_may_be_a_woman(nlp):
    text = (
        "Senator Paul Grant opened the session.\n\n"
        "His wife Laura Grant gave the first speech of the night.\n\n"
        "\u201cWe are ready,\u201d said the 51-year-old."
    )
    assert _by_text(nlp, text)["We are ready"].speaker.name == "Laura Grant"


def test_a_role_description_takes_up_the_subject_just_named(nlp):
    text = (
        "Former governor Tom Reyes met the press.\n\n"
        "Dana Whitley (D-Ore.) criticized the plan in an interview on Friday. "
        "\u201cIt is a mistake,\u201d the Senate majority leader said."
    )
    assert _by_text(nlp, text)["It is a mistake"].speaker.name == "Dana Whitley"


def test_no_comment_is_nothing_said(nlp):
    assert _by_text(nlp, "The senator made no comment on the verdict.") == {}
    found = _by_text(nlp, "The senator made a brief comment on the verdict.")
    assert [q.cue.text for q in found.values()] == ["comment on"]


def test_an_endorsement_noun_of_a_person_is_no_quote(nlp):
    assert _by_text(nlp, "Porter's endorsement of Jane Smith came on Friday.") == {}
    kept = _by_text(nlp, "Porter's endorsement of the new budget came on Friday.")
    assert kept["the new budget"].speaker.name == "Porter"


def test_a_capitalised_dateline_with_its_agency_is_no_speaker(nlp):
    from newsgraph.quotes.sources import is_dateline

    doc = nlp.make_doc("Court halts sales\n\nTHE HAGUE (Harbor Wire) \u2014 A Dutch court ruled on Wednesday.")
    hague = next(t for t in doc if t.text == "HAGUE")
    court = next(t for t in doc if t.text == "Dutch")
    assert is_dateline(hague) and not is_dateline(court)


def test_a_shared_sector_alone_names_no_organisation(nlp):
    text = ("Kenya signed a port deal on Tuesday, the transport ministry said.\n\n"
            "The port handled more cargo last year, according to the Kenya Ports Authority.")
    said = {q.speaker.text: q for q in _quotes(nlp, text)}
    assert said["the transport ministry"].speaker.name is None
