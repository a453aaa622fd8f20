"""Quotes: the constructions fixed in the quotes battery round (session 10). Requests and
questions put to the subject, calls to report, plans laid out, "might want to", split title
phrases, titles cut at their full stop, answers after a question, a name set off after the
content, a misparsed relative clause, negated cues. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load_nlp

    return load_nlp(components=("newsgraph_entities", "newsgraph_quotes"))


def _quotes(nlp, text: str):
    from newsgraph.nlp import make_input_doc

    return nlp(make_input_doc(nlp, text))._.ng_quotes


def _who(quote) -> str:
    return f"{quote.speaker.text} {quote.speaker.name or ''}" if quote.speaker else ""


# --- things that are nobody's claim ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "When asked by the coroner to name the driver, the boy fell silent.",
        "A cyclist who saw the crash called the ambulance service to report the injuries.",
        "Finance Minister Oda Lund laid out the budget's main measures in parliament on Tuesday.",
        "The board outlined its strategy for the next five years at the annual meeting.",
        "The champion might want to rethink his training after the defeat.",
    ],
)
def test_requests_calls_and_presented_plans_are_no_quotes(nlp, text):
    assert _quotes(nlp, text) == []


def test_question_put_to_the_speaker_is_not_her_claim(nlp):
    quotes = _quotes(nlp, '"I have no idea," the widow said when asked where the money had gone.')
    assert [(q.kind, q.text) for q in quotes] == [("direct", "I have no idea")]


def test_appeal_with_call_on_stays(nlp):
    quotes = _quotes(nlp, "The union called on the airline to reopen talks with the pilots.")
    assert [q.speaker.text for q in quotes] == ["The union"]


# --- speakers -----------------------------------------------------------------------------


def test_title_phrase_split_by_the_parse_keeps_the_name(nlp):
    (quote,) = _quotes(nlp, 'Actor and director Paul Rendle tweeted: "Best night of my life."')
    assert quote.speaker.name == "Paul Rendle"


def test_abbreviated_title_before_a_name(nlp):
    (quote,) = _quotes(nlp, "The van was stolen from a car park in Derby, said Insp. Hannah Boyd of Derbyshire Police.")
    assert quote.speaker.text == "Insp. Hannah Boyd"
    assert quote.speaker.name == "Hannah Boyd"


def test_answer_goes_to_the_one_asked(nlp):
    text = 'Defence lawyer Mark Tully asked Ms Okoro whether she had locked the door.\n"I did," she replied.'
    answer = next(q for q in _quotes(nlp, text) if q.kind == "direct")
    assert answer.speaker.name is not None and "Okoro" in answer.speaker.name


def test_answer_after_a_quoted_question_goes_to_the_witness(nlp):
    text = (
        "Prosecutor Ann Kerr questioned the driver, Tomas Berg, about the crash.\n"
        '"Were you on your phone?" Kerr asked.\n"No," he replied.'
    )
    answer = [q for q in _quotes(nlp, text) if q.kind == "direct"][-1]
    assert answer.text == "No" and answer.speaker.name == "Tomas Berg"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Counsel Ruth Amos asked Leon Price who had opened the safe.\n"My brother did," he said.', "Leon Price"),
        ('Premier Anne Holt asked Dan Royce to chair the inquiry.\n"He is the right man," she said.', "Anne Holt"),
    ],
)
def test_said_after_a_question_goes_to_the_one_asked_not_after_a_request(nlp, text, name):
    answer = [q for q in _quotes(nlp, text) if q.kind == "direct"][-1]
    assert answer.speaker.name == name


def test_name_after_place_of_a_role(nlp):
    (quote,) = _quotes(nlp, '"We will rebuild," said the mayor of Riverton, Carla Mendes.')
    assert quote.speaker.name == "Carla Mendes"


def test_name_set_off_after_the_content_is_the_speaker(nlp):
    text = "The outage hit only customers in the north, Daniel Price, head of operations at Volta Energy, said in a statement."
    (quote,) = _quotes(nlp, text)
    assert "Price" in _who(quote)
    assert quote.text == "The outage hit only customers in the north"


def test_people_of_a_misparsed_relative_clause_vow(nlp):
    text = "The workers who have picketed daily since the plant's closure have vowed to stay."
    (quote,) = _quotes(nlp, text)
    assert quote.speaker.text == "The workers"


# --- negation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Officials have not ruled out raising taxes next year.", "have not ruled"),
        ("The coach did not believe his players had given up.", "did not believe"),
    ],
)
def test_negated_cue_keeps_its_not(nlp, text, cue):
    (quote,) = _quotes(nlp, text)
    assert quote.cue.text == cue


def test_content_runs_over_a_false_break_after_an_abbreviation(nlp):
    (quote,) = _quotes(nlp, "The van hit a lamp post on Mill Rd. early Sunday, police said.")
    assert quote.text == "The van hit a lamp post on Mill Rd. early Sunday"


# --- round 2 (session 10): headlines, names given in quotes, futures, states of mind ---------


@pytest.mark.parametrize(
    "text",
    ['Chancellor: "We will not raise taxes this year"', "Mayor: ‘The bridge will reopen in June’"],
)
def test_headline_quote_after_a_colon_is_direct(nlp, text):
    (quote,) = _quotes(nlp, text)
    assert quote.kind == "direct" and quote.text[0].isalpha() and quote.text[-1].isalpha()
    assert quote.speaker is not None


def test_a_quoted_name_for_a_noun_object_is_mixed(nlp):
    (quote,) = _quotes(nlp, 'The union leader called the offer "an insult to nurses".')
    assert quote.kind == "mixed" and quote.text.startswith("the offer")
    assert "union leader" in _who(quote)


def test_a_quoted_name_for_a_pronoun_stays_direct(nlp):
    kinds = {q.kind: q.text for q in _quotes(nlp, 'The mayor called it "a shameful decision".')}
    assert kinds.get("direct") == "a shameful decision"


def test_passive_naming_with_as_is_the_agents_mixed_quote(nlp):
    (quote,) = _quotes(nlp, 'The rally was described as "peaceful and joyful" by the organisers.')
    assert quote.kind == "mixed" and "peaceful and joyful" in quote.text
    assert "organisers" in _who(quote)


@pytest.mark.parametrize(
    "text",
    [
        "The committee is expected to announce its findings next month.",
        "Shoppers are waiting to see whether the government will raise fuel duty.",
    ],
)
def test_nothing_said_yet(nlp, text):
    assert _quotes(nlp, text) == []


def test_fear_with_a_clause_is_reported(nlp):
    (quote,) = _quotes(nlp, "Economists fear that the new tariffs will push prices higher.")
    assert "tariffs" in quote.text and "Economists" in _who(quote)


def test_chief_is_a_source_of_a_promise(nlp):
    (quote,) = _quotes(nlp, "The fire chief's warning that the hills were tinder dry went unheeded.")
    assert "tinder dry" in quote.text and "chief" in _who(quote)


def test_name_after_content_with_a_misparsed_subject(nlp):
    text = "The outage hit only customers in the north, Omar Haddad, a spokesman for Gridco, said on Monday."
    (quote,) = _quotes(nlp, text)
    assert "Haddad" in _who(quote) and quote.text.startswith("The outage hit only customers")


# --- round 3: sources behind documents, claims named by others, role headlines ---------------


def test_according_to_a_document_from_an_issuer(nlp):
    (quote,) = _quotes(nlp, "Exports slowed in May, according to figures from the customs agency.")
    assert quote.kind == "indirect" and "Exports slowed" in quote.text
    assert "agency" in _who(quote) and "figures" not in _who(quote)


def test_a_rejected_claim_stays_its_makers(nlp):
    text = "The insurer's claim that the flood damage was not covered was overturned by a judge."
    (quote,) = _quotes(nlp, text)
    assert "flood damage" in quote.text and "insurer" in _who(quote) and "judge" not in _who(quote)


@pytest.mark.parametrize(
    ("text", "who", "words"),
    [
        ('Critics accused the regulator of "looking the other way".', "Critics", "looking the other way"),
        ('The mayor described the new bridge as "a triumph of engineering".', "mayor", "triumph of engineering"),
        ('The verdict was branded "a scandal" by campaigners.', "campaigners", "a scandal"),
        ('The new stadium was described by residents as "a white elephant".', "residents", "white elephant"),
    ],
)
def test_named_in_the_sources_words_is_mixed(nlp, text, who, words):
    (quote,) = _quotes(nlp, text)
    assert quote.kind == "mixed" and words in quote.text and who in _who(quote)


def test_a_call_joined_to_a_reported_copula_is_the_reporters(nlp):
    quotes = _quotes(nlp, 'Oxfam said the cuts were "a death blow" and called for an urgent review.')
    assert [q.kind for q in quotes] == ["mixed", "indirect"]
    assert all("Oxfam" in _who(q) for q in quotes)


def test_role_label_headline(nlp):
    (quote,) = _quotes(nlp, 'Nurses\' leader: "We cannot go on like this"')
    assert quote.kind == "direct" and "leader" in _who(quote) and "go on like this" in quote.text


@pytest.mark.parametrize(
    "text",
    ["Energy Crisis: What Happens to Bills This Winter", "Q: Will the tram line reopen this year?"],
)
def test_headline_questions_are_no_claims(nlp, text):
    assert _quotes(nlp, text) == []


def test_forecasting_body_is_a_source(nlp):
    (quote,) = _quotes(nlp, "The weather bureau forecasts that the drought will end in March.")
    assert "drought will end" in quote.text and "bureau" in _who(quote)
