"""Quotes: speakers of pronouns and continued quotes, contents that are figures or
not yet said, content ends, lost quote marks. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.quotes.marks import find_quote_spans


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load_nlp

    return load_nlp(components=("newsgraph_entities", "newsgraph_quotes"))


def _quotes(nlp, text: str):
    from newsgraph.nlp import make_input_doc

    return nlp(make_input_doc(nlp, text))._.ng_quotes


def _texts(nlp, text: str, kind: str) -> dict:
    return {q.text: q for q in _quotes(nlp, text) if q.kind == kind}


# --- speakers ------------------------------------------------------------------------------


def test_he_is_the_person_whose_priority_the_sentence_before_names(nlp):
    text = (
        "Mayor Tom Hale and council member Carlos Rivera spoke at the meeting on Tuesday. "
        "Hale said the town needs a new school. The top priority for Rivera is road repair. "
        "The main road is full of deep holes, he said."
    )
    quote = _texts(nlp, text, "indirect")["The main road is full of deep holes"]
    assert quote.speaker.name == "Carlos Rivera"


def test_a_quote_after_according_to_goes_to_that_source(nlp):
    text = (
        "“We will win the cup,” said coach Dan Miles. The club is not focused on trophies, according to "
        "trainer Paul Grant, a former player. “Our aim is to teach the game to every child.”"
    )
    quote = _texts(nlp, text, "direct")["Our aim is to teach the game to every child."]
    assert quote.speaker.name == "Paul Grant"
    assert quote.cue.text == "according to"


def test_a_stance_of_the_same_speaker_does_not_take_over_the_quote(nlp):
    text = "“We will win the cup,” said coach Dan Miles. He praised the fans. “They never stop singing.”"
    quote = _texts(nlp, text, "direct")["They never stop singing."]
    assert quote.speaker.name == "Dan Miles" and quote.cue.text == "said"


def test_the_subject_of_a_passive_is_not_the_speaker_of_a_quoted_charge(nlp):
    text = "Lee Park has been charged with “armed robbery” and remains in the county jail."
    assert [q for q in _quotes(nlp, text) if q.kind == "direct"] == []


def test_an_inverted_cue_the_parse_took_for_an_object_names_the_speaker(nlp):
    text = "Yet the heart of the program is to reward “effort” over results, added Okafor."
    quotes = [q for q in _quotes(nlp, text) if q.text.startswith("Yet the heart")]
    assert quotes and quotes[0].speaker.text == "Okafor" and quotes[0].cue.text == "added"


def test_a_quote_after_a_colon_goes_on_for_the_person_of_the_clause(nlp):
    text = "The coach thanked the fans. But Hale was not finished yet: “We will be back next year.”"
    quote = _texts(nlp, text, "direct")["We will be back next year."]
    assert quote.speaker.text == "Hale"


def test_a_subject_after_an_aside_between_dashes_is_the_speaker(nlp):
    text = "After the storm - the worst in a decade - the city council said that the bridge would stay shut."
    quote = _texts(nlp, text, "indirect")["that the bridge would stay shut"]
    assert quote.speaker.text == "the city council"


# --- what is no content ------------------------------------------------------------------------


def test_a_figure_reported_or_shown_is_a_result_not_a_message(nlp):
    text = "Both towns showed gains in March. Several counties were reporting two feet of snow on Sunday."
    assert [q for q in _quotes(nlp, text) if q.kind == "indirect"] == []


def test_a_clause_reported_with_a_figure_stays(nlp):
    text = "The weather service reported that two feet of snow fell on the town."
    assert "that two feet of snow fell on the town" in _texts(nlp, text, "indirect")


def test_a_day_after_call_on_is_no_content(nlp):
    text = "When the newspaper called the prison on Friday, nobody answered the phone."
    assert all(q.text != "Friday" for q in _quotes(nlp, text))


def test_nothing_is_said_yet_when_a_firm_is_close_to_announcing(nlp):
    text = "The firm was near announcing plans to open a plant in the city, promising 200 new jobs."
    assert [q for q in _quotes(nlp, text) if q.kind == "indirect"] == []


def test_what_was_said_by_someone_holds_no_content(nlp):
    text = "This is a summary of what was said by spokesman Ian Moss – to whom quoted text may be attributed – at the briefing in Rome."
    assert [q for q in _quotes(nlp, text) if q.kind == "indirect"] == []


def test_a_gerund_of_evidence_after_a_clause_is_the_writers_inference(nlp):
    text = "The agency usually clears such deals with key senators first, indicating that Congress will not block the sale."
    assert [q for q in _quotes(nlp, text) if q.kind == "indirect"] == []


def test_a_hint_after_a_verb_of_saying_stays_the_speakers(nlp):
    text = "The minister said the talks had stalled, suggesting that a deal would not come this year."
    texts = _texts(nlp, text, "indirect")
    assert any("the talks had stalled" in t for t in texts)


def test_a_fronted_adverbial_around_the_cue_is_no_piece_of_its_own(nlp):
    text = "At the very least, he said, the town must fix the school roof before winter."
    texts = _texts(nlp, text, "indirect")
    assert "At the very least" not in texts
    assert any(t.startswith("the town must fix the school roof") for t in texts)


def test_a_line_of_labelled_fields_is_no_headline_attribution(nlp):
    text = "Source: Ministry of Health Country: Chile Region: Andes This page lists the clinics that are open.\n\nMore text follows here."
    assert all(not q.text.startswith("Ministry of Health") for q in _quotes(nlp, text))


def test_a_scare_quote_with_the_period_inside_takes_no_speaker_from_another_sentence(nlp):
    text = (
        "To avoid the ban, some parents rented flats to prove they had “moved.” "
        "That kept their children on the teams. “We are leaving the county anyway,” he said."
    )
    assert all(q.text != "moved." for q in _quotes(nlp, text))


# --- where a content ends --------------------------------------------------------------------------


def test_and_they_about_the_content_does_not_end_it(nlp):
    text = "Chief Ann Ford said the officers believe the fires are linked, and they are adding night patrols."
    texts = _texts(nlp, text, "indirect")
    assert any(t.endswith("and they are adding night patrols") for t in texts)


def test_and_he_about_the_speaker_still_ends_the_content(nlp):
    text = "Chief Ann Ford said the fires are linked, and she asked residents to lock their sheds."
    texts = _texts(nlp, text, "indirect")
    assert "the fires are linked" in texts


def test_a_bare_participle_joined_to_the_cue_goes_on_the_predicate(nlp):
    text = "Morale suffers from the demands on junior doctors, who claim they are overworked and under resourced."
    texts = _texts(nlp, text, "indirect")
    assert "they are overworked and under resourced" in texts


# --- lost quote marks ---------------------------------------------------------------------------------


def test_a_loose_closing_mark_before_the_cue_closes_a_quote_from_its_sentence_start():
    text = 'The team met at dawn. The crew has reached the wreck and started the dive, " she said in a statement.'
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ['The crew has reached the wreck and started the dive, "']
    assert spans[0].open_len == 0 and spans[0].closed


def test_a_loose_closing_mark_starts_after_an_abbreviation():
    text = 'He met Dr. Ruiz. Mr. Ruiz will lead the dive, " she said.'
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ['Mr. Ruiz will lead the dive, "']


def test_a_lost_opening_mark_leaves_the_rest_of_the_page_unquoted(nlp):
    text = (
        "The crew has reached the wreck and started the dive, \" the captain said in a statement. "
        "The families will be told of any find, officials said."
    )
    texts = _texts(nlp, text, "indirect")
    assert "The families will be told of any find" in texts


# --- thoughts, asides and sources ---------------------------------------------------------------


def test_coming_to_understand_is_the_writers_account(nlp):
    text = "Having started in small clubs, Moore understood that a good joke needs a short pause."
    assert [q for q in _quotes(nlp, text) if q.kind == "indirect"] == []


def test_knowing_that_stays_a_claim(nlp):
    text = "The coach said he knew that the team was tired after the long trip."
    assert any("the team was tired" in t for t in _texts(nlp, text, "indirect"))


def test_a_length_of_time_is_no_source(nlp):
    text = "The channel's tribute lasted 90 minutes. Its 90 minutes of tribute to the singer drew many viewers."
    assert all(q.speaker is None or "minutes" not in q.speaker.text for q in _quotes(nlp, text))


def test_a_clause_in_parentheses_after_the_cue_is_the_writers_aside(nlp):
    text = "“Nice hat,” we heard her say to a man in the crowd (hard to believe, now, that the show ran until 1990)."
    assert all("the show ran until 1990" not in q.text for q in _quotes(nlp, text))


def test_a_quoted_word_in_parentheses_inherits_no_speaker(nlp):
    text = (
        "The law revived traditional (“tribal”) councils across the region, and the councils kept the land. "
        "Many villagers later called the chief “the richest man in the province” in court papers."
    )
    assert all(q.text != "tribal" for q in _quotes(nlp, text))


def test_a_thought_noun_with_no_thinker_is_no_claim(nlp):
    text = "The assumption that chiefs own the land has no basis in the old customs."
    assert [q for q in _quotes(nlp, text) if q.kind == "indirect"] == []


def test_a_quote_before_but_takes_the_cue_of_its_own_clause(nlp):
    text = "The ruling party has often pledged to respect the “rule of law”, but critics say the trials show otherwise."
    quote = _texts(nlp, text, "direct")["rule of law"]
    assert quote.cue.text == "pledged"


def test_data_released_by_a_named_agency_is_a_source(nlp):
    text = "The latest data released by the Trade Promotion Organization indicates that exports fell by 4 percent."
    quote = _texts(nlp, text, "indirect")["that exports fell by 4 percent"]
    assert quote.speaker.text == "The latest data"


def test_who_receives_a_report_is_not_its_source(nlp):
    text = "Springfield police received a report that two boys were robbed near the park on Saturday."
    quote = _texts(nlp, text, "indirect")["that two boys were robbed near the park on Saturday"]
    assert quote.speaker is None


def test_quotes_that_inherited_with_the_handed_over_one_follow_the_new_source(nlp):
    text = (
        "“We will win the cup,” said coach Dan Miles. The club is not focused on trophies, according to "
        "trainer Paul Grant, a former player. “Our aim is to teach the game to every child.” The goal is to "
        "“help children grow as people as well as players and friends.”"
    )
    quote = [q for q in _quotes(nlp, text) if q.text.startswith("help children grow")][0]
    assert quote.speaker.name == "Paul Grant"


def test_a_suspicion_or_a_fear_is_a_state_of_mind_not_a_claim(nlp):
    text = "Forecasters suspect the cold spell will last a decade. Some traders fear that prices will double."
    assert [q for q in _quotes(nlp, text) if q.kind == "indirect"] == []


def test_a_plan_or_an_attempt_is_no_claim(nlp):
    text = "The singer has considered moving to Paris. The council seeks to cut the budget by a tenth."
    assert [q for q in _quotes(nlp, text) if q.kind == "indirect"] == []


def test_believing_stays_a_sources_view(nlp):
    text = "Police believe the two fires were set by the same person."
    assert any("the two fires were set" in t for t in _texts(nlp, text, "indirect"))


def test_a_figure_a_document_shows_stays_its_claim(nlp):
    text = "The March jobless report shows 324,000 residents looking for work."
    assert any(t.startswith("324,000 residents") for t in _texts(nlp, text, "indirect"))


def test_an_age_description_stands_for_the_woman_last_named(nlp):
    text = (
        "Veteran actress Lena Ortiz spoke at the launch of the book on Monday. She answered questions for an hour. "
        "The 56-year-old screen star said the pressure on young actors is unbearable."
    )
    quote = _texts(nlp, text, "indirect")["the pressure on young actors is unbearable"]
    assert quote.speaker.name == "Lena Ortiz"


def test_a_company_reporting_its_figures_is_a_source(nlp):
    text = "Acme Papers reported a loss of $304.7 million on revenue of $167.4 million in the third quarter."
    assert any(t.startswith("a loss of $304.7 million") for t in _texts(nlp, text, "indirect"))


def test_predictions_the_reader_has_heard_are_no_ones_claim(nlp):
    text = "While you've probably heard predictions that the new console will be the \"Netflix of games,\" it is not."
    assert all("Netflix" not in q.text for q in _quotes(nlp, text) if q.kind != "direct")


def test_asking_not_to_be_named_is_no_claim_and_a_percent_ends_the_content(nlp):
    quotes = _quotes(nlp, "A senior official, who requested not to be identified, said talks had stalled.")
    assert [q.text for q in quotes] == ["talks had stalled"]
    assert _quotes(nlp, "He asked to remain anonymous.") == []
    [report] = _quotes(nlp, "The report found that emissions had risen by 3%.")
    assert report.text.endswith("by 3%")


def test_a_headline_kicker_is_no_source(nlp):
    assert _quotes(nlp, "Prediction: Red Sox Will Nab Teixeira") == []
    [quote] = _quotes(nlp, "Trump: We Will Win Big")
    assert quote.speaker is not None and quote.speaker.text == "Trump"
