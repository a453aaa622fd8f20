"""People's names in the entities component: given names, untagged surnames, words glued to a
name, and firms' short forms (sentences written for these tests)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load_nlp

    return load_nlp(components=("newsgraph_entities",))


def _built(nlp, text: str, spans):
    """Entities built from hand-set spaCy entities: (first word, number of words, label) triples,
    the first word found by its text (its first occurrence at or after the previous span)."""
    from spacy.tokens import Span

    from newsgraph.entities import build_entities

    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name != "newsgraph_entities":
            doc = proc(doc)
    ents, at = [], 0
    for word, size, label in spans:
        start = next(t.i for t in doc if t.i >= at and t.text == word)
        ents.append(Span(doc, start, start + size, label=label))
        at = start + size
    doc.ents = ents
    return {e.name: e for e in build_entities(doc)[0]}


def test_an_untagged_surname_is_a_mention_of_the_person_named_in_full(nlp):
    text = "Hollis Brandt won the seat. Voters cheered when Brandt spoke, and Mr. Brandt thanked them."
    ents = _built(nlp, text, [("Hollis", 2, "PERSON")])
    brandt = ents["Hollis Brandt"]
    assert [m.text for m in brandt.mentions] == ["Hollis Brandt", "Brandt", "Brandt"]
    assert [text[m.start:m.end] for m in brandt.mentions] == ["Hollis Brandt", "Brandt", "Brandt"]


def test_a_surname_inside_another_name_or_an_ordinary_word_is_left_alone(nlp):
    text = "Hollis Brandt won the seat. Brandt Avenue was closed for the parade."
    ents = _built(nlp, text, [("Hollis", 2, "PERSON")])
    assert len(ents["Hollis Brandt"].mentions) == 1
    text = "Delia Guests spoke first. Guests will be served dinner."
    ents = _built(nlp, text, [("Delia", 2, "PERSON")])
    assert len(ents["Delia Guests"].mentions) == 1


def test_two_people_sharing_a_surname_get_the_nearest_full_name_before(nlp):
    text = "Nora Whitlock ran first. Later Whitlock won. Then Peter Whitlock ran, and Whitlock lost."
    ents = _built(nlp, text, [("Nora", 2, "PERSON"), ("Peter", 2, "PERSON")])
    assert len(ents["Nora Whitlock"].mentions) == 2 and len(ents["Peter Whitlock"].mentions) == 2


def test_a_name_opening_with_a_given_name_typed_org_is_a_person(nlp):
    ents = _built(nlp, "Board member Delia Marchetti voted no.", [("Delia", 2, "ORG")])
    assert ents["Delia Marchetti"].type == "PERSON"
    ents = _built(nlp, "Shares of Morgan Holdings fell.", [("Morgan", 2, "ORG")])
    assert ents["Morgan Holdings"].type == "ORG"
    ents = _built(nlp, "The band played at Terra Vista on Friday.", [("Terra", 2, "ORG")])
    assert ents["Terra Vista"].type == "ORG"  # after "at": a venue
    ents = _built(nlp, "Fans of the Long Islanders cheered.", [("Long", 2, "NORP")])
    assert ents["Long Islanders"].type == "NORP"


def test_an_organisation_whose_surname_speaks_is_a_person(nlp):
    text = "Zuri Okafor scored twice. Okafor said the win mattered."
    ents = _built(nlp, text, [("Zuri", 2, "ORG"), ("Okafor", 1, "ORG")])
    assert ents["Zuri Okafor"].type == "PERSON" and len(ents["Zuri Okafor"].mentions) == 2


def test_a_word_run_onto_the_front_of_a_name_is_left_out(nlp):
    ents = _built(nlp, "Follow Delia Marchetti on social media.", [("Follow", 3, "PERSON")])
    assert "Delia Marchetti" in ents and "Follow Delia Marchetti" not in ents
    ents = _built(nlp, "Director Zubairu Abdul Karim said so.", [("Zubairu", 3, "PERSON")])
    assert "Zubairu Abdul Karim" in ents  # an unknown first name stays


def test_a_person_after_a_possessive_is_a_name_of_its_own(nlp):
    text = "Lena Ortiz's Samuel Brooks film aired, and Brooks was praised."
    ents = _built(nlp, text, [("Lena", 5, "PERSON"), ("Brooks", 1, "PERSON")])
    assert ents["Samuel Brooks"].type == "PERSON" and len(ents["Samuel Brooks"].mentions) == 2
    assert "Lena Ortiz" in ents


def test_a_heading_run_into_a_name_across_a_spaced_dash_is_cut(nlp):
    text = "Chasing Ortiz - Samuel Brooks trains daily."
    ents = _built(nlp, text, [("Ortiz", 4, "PERSON")])
    assert "Samuel Brooks" in ents and not any("-" in name for name in ents)


def test_crown_is_a_title(nlp):
    text = "Crown Prince Faisal bin Khalid visited. Prince Faisal left on Monday."
    ents = _built(nlp, text, [("Crown", 5, "PERSON"), ("Faisal", 1, "PERSON")])
    assert len(ents["Faisal bin Khalid"].mentions) == 2


def test_a_phrase_of_common_words_is_no_person(nlp):
    ents = _built(nlp, "Photo Credit: Delia Marchetti.", [("Photo", 2, "PERSON"), ("Delia", 2, "PERSON")])
    assert "Photo Credit" not in ents and "Delia Marchetti" in ents
    ents = _built(nlp, "Gray Conger said he would run.", [("Gray", 2, "PERSON")])
    assert ents["Gray Conger"].type == "PERSON"  # a common surname


def test_a_firm_s_short_forms_join_its_full_name(nlp):
    text = "Kestrel Group bought the mill. Kestrel said jobs were safe."
    ents = _built(nlp, text, [("Kestrel", 2, "ORG"), ("Kestrel", 1, "ORG")])
    assert len(ents["Kestrel Group"].mentions) == 2
    text = "Harbin Freight and Storage Inc won the bid. Harbin Freight starts in May."
    ents = _built(nlp, text, [("Harbin", 5, "ORG"), ("Harbin", 2, "ORG")])
    assert len(ents["Harbin Freight and Storage Inc"].mentions) == 2
    text = "The Norwegian Maritime Safety Authority acted. The MSA said more."
    ents = _built(nlp, text, [("Norwegian", 4, "ORG"), ("MSA", 1, "ORG")])
    assert len(ents["Norwegian Maritime Safety Authority"].mentions) == 2


def test_a_name_after_a_common_noun_for_a_firm_is_an_organisation(nlp):
    text = "The payments company Zelvano raised money. Zelvano hired staff."
    ents = _built(nlp, text, [("Zelvano", 1, "PERSON"), ("Zelvano", 1, "PERSON")])
    assert ents["Zelvano"].type == "ORG" and len(ents["Zelvano"].mentions) == 2
    text = "A survey by mapping firm Blue Harrow began. Blue Harrow said it went well."
    ents = _built(nlp, text, [("Blue", 2, "GPE"), ("Blue", 2, "GPE")])
    assert ents["Blue Harrow"].type == "ORG"


def test_a_heading_in_capitals_is_no_name(nlp):
    text = "STARS ON THE ICE: The team won. BIG VS. SMALL: the twins met."
    ents = _built(nlp, text, [("STARS", 4, "ORG"), ("VS", 1, "PRODUCT")])
    assert not ents
    ents = _built(nlp, "Shares of NASA and ESA rose.", [("NASA", 1, "ORG"), ("ESA", 1, "ORG")])
    assert {"NASA", "ESA"} <= set(ents)


def test_an_organisation_cut_before_its_place_takes_the_place(nlp):
    text = "She works for the Housing Trust of Ellery County in town."
    ents = _built(nlp, text, [("Housing", 3, "ORG"), ("Ellery", 2, "GPE")])
    assert "Housing Trust of Ellery County" in ents


def test_a_capitalised_common_noun_is_no_organisation(nlp):
    text = "The Company will pay. The company said the deal was done."
    ents = _built(nlp, text, [("Company", 1, "ORG")])
    assert "Company" not in ents
    ents = _built(nlp, "The State Patrol closed the road.", [("State", 2, "FAC")])
    assert ents["State Patrol"].type == "ORG"


def test_the_next_clause_s_subject_run_onto_a_name_is_cut(nlp):
    text = "Photo by Delia Marchetti Visitors will see the garden."
    ents = _built(nlp, text, [("Delia", 3, "PERSON")])
    assert "Delia Marchetti" in ents
    text = "He studied at Sam Houston State University in Texas."
    ents = _built(nlp, text, [("Sam", 4, "PERSON")])
    assert ents["Sam Houston State University"].type == "ORG"


def test_a_person_s_possessive_before_ordinary_words_is_that_person(nlp):
    text = "Lena Ortiz starred. Ortiz's Summer Film colleague praised her."
    ents = _built(nlp, text, [("Lena", 2, "PERSON"), ("Ortiz", 4, "PERSON")])
    assert [m.text for m in ents["Lena Ortiz"].mentions] == ["Lena Ortiz", "Ortiz"]
    assert len(ents) == 1


def test_group_label_on_a_given_name_and_surname_is_a_person(nlp) -> None:
    from spacy.tokens import Span

    from newsgraph.entities.people import lower_words, person_by_given_name

    doc = nlp.make_doc("Most of the team ended up in Victoria Vivians’ hotel room.")
    doc.ents = [Span(doc, 7, 9, label="NORP")]
    lower = lower_words(doc)
    assert person_by_given_name(doc, 7, 9, "NORP", lower)
    assert not person_by_given_name(doc, 7, 9, "ORG", lower)  # firms: "Victoria Partners' fund"


def test_a_relative_sharing_a_surname_is_another_person(nlp) -> None:
    from newsgraph.entities.mentions import NameGroup, NameMention, relatives

    doc = nlp("Donald Marsh spoke first. Ivanka Marsh, 34, said he was right. President Marsh "
              "agreed, and the Marsh Foundation paid. When Marsh left, Donald Marsh waved.")
    owner = NameGroup("Donald Marsh")
    owner.mentions.append(NameMention(0, 12, "Donald Marsh", "PERSON", (0, 2), entity=owner))
    found = relatives(doc, [owner], list(owner.mentions))
    assert [(g.name, [m.text for m in g.mentions]) for g in found] == [("Ivanka Marsh", ["Ivanka Marsh"])]
