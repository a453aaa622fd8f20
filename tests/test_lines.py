"""The line model: its shape features, its stored trees, and what it adds to the rules."""

from __future__ import annotations

from newsgraph.extract import extract_article, lines
from newsgraph.extract.furniture import Block, line_page

FLOOD = [
    "Flood water rose above the river wall in Carlisle on Sunday night, forcing about 300 "
    "households from their homes as the Eden reached its highest level since 2015.",
    "The Environment Agency said three severe warnings remained in force along the river and "
    "that pumps brought in from Yorkshire had been working through the night.",
    "Residents of Warwick Road, where the water stood a metre deep, were taken to a leisure "
    "centre on the edge of the city, and the council said the centre would stay open all week.",
    "Engineers expect the river to fall slowly from Monday afternoon, but more rain is forecast "
    "for the fells on Wednesday and the agency asked people to keep away from the banks.",
]


def test_cut_shapes() -> None:
    assert lines.cut_shape("It was hard to breathe, then dizzy spells caused by any amount ‣")
    assert lines.cut_shape("Shares fell sharply on Tuesday after the bank said...[Read full story]")
    assert lines.cut_shape("The minister told reporters that the plan… (continued)")
    assert not lines.cut_shape("The minister told reporters that the plan would go ahead.")
    assert not lines.cut_shape("“We will appeal,” she said (in a statement).")


def test_shape_features() -> None:
    s = lines.shape("Sign Up For The Morning Briefing", 6)
    assert s.title == 1.0 and not s.stop and s.open_end and not s.cut
    s = lines.shape(FLOOD[0], 33)
    assert s.stop and 0.2 < s.function < 0.6 and s.digits > 0


def test_a_headline_beside_its_rewrite_echoes() -> None:
    texts = [FLOOD[0], "Ferry strike halts crossings to the islands",
             "Ferry Strike Halts Crossings To The Islands, Union Says", FLOOD[1]]
    page = lines.Page(texts, [len(t.split()) for t in texts], [0.0] * 4, ["p"] * 4)
    echo = lines.FEATURES.index("echo")
    assert page.features(1)[echo] > 0.7 and page.features(2)[echo] > 0.7
    assert page.features(0)[echo] < 0.2


def test_the_stored_model_loads_and_matches_the_features() -> None:
    model = lines.load_model()
    assert model is not None, "retrain: python -m newsgraph.eval.train_lines AEB --write"
    assert len(model.trees) >= 50 and 0.0 < model.threshold < 1.0
    page = line_page([Block(p) for p in FLOOD])
    assert all(model.probability(page.features(i)) < model.threshold for i in range(len(FLOOD)))


def test_a_teaser_in_unseen_wording_is_set_aside() -> None:
    teaser = ["Ferry strike halts crossings to the islands",
              "Ferry Strike Halts Crossings To The Islands, Union Says",
              "Crossings between the mainland and the outer islands were cancelled for a second day as "
              "crews walked out over a dispute about rest breaks and ‣"]
    text = "\n\n".join(["Carlisle braces for more rain", FLOOD[0], FLOOD[1], *teaser, FLOOD[2], FLOOD[3]])
    ex = extract_article(text)
    assert ex.paragraphs == FLOOD
    kinds = {f.text: f.kind for f in ex.furniture}
    assert [kinds.get(line) for line in teaser] == ["teaser", "teaser", "teaser"]
    assert [(r.headline, r.alt_headline, r.snippet) for r in ex.related] == [tuple(teaser)]


def test_a_fact_list_and_a_subheading_stay() -> None:
    facts = ["Rest centre: Sands Centre, Hardwicke Circus", "Helpline: open 24 hours",
             "Sandbags: collect from the depot on Brunel Way"]
    text = "\n\n".join(["Carlisle braces for more rain", FLOOD[0], FLOOD[1], *facts, FLOOD[2], FLOOD[3]])
    assert extract_article(text).paragraphs == FLOOD[:2] + facts + FLOOD[2:]


def test_a_plain_sentence_and_a_subheading_of_the_next_paragraph_stay() -> None:
    for line in ("He declined to comment.", "Water levels at Warwick Road"):
        text = "\n\n".join(["Carlisle braces for more rain", FLOOD[0], FLOOD[1], line, FLOOD[2], FLOOD[3]])
        assert extract_article(text).paragraphs == FLOOD[:2] + [line] + FLOOD[2:]


def test_a_bulleted_or_numbered_list_stays() -> None:
    lists = [
        ["• Move valuables upstairs", "• Turn off gas and electricity at the mains", "• Keep away from flood water"],
        ["- Warwick Road between the bridge and the station", "- Botchergate south of the crown court",
         "- London Road at the junction with Greystone Road"],
        ["1. Raise the river wall by half a metre", "2. Fit flood gates to the houses on Warwick Road",
         "3. Build a new pumping station at Willowholme", "4. Review the warning system every year"],
    ]
    for items in lists:
        lead = "The agency listed what residents and the council should do:"
        text = "\n\n".join(["Carlisle braces for more rain", FLOOD[0], FLOOD[1], lead, *items, FLOOD[2], FLOOD[3]])
        assert extract_article(text).paragraphs == FLOOD[:2] + [lead, *items] + FLOOD[2:]


def test_exported_trees_score_as_scikit_learn_does() -> None:
    """The plain-Python tree walk gives scikit-learn's probabilities for the same model."""
    import numpy as np

    from newsgraph.eval.train_lines import export, fit

    rng = np.random.default_rng(0)
    x = rng.random((400, len(lines.FEATURES)))
    y = (x[:, 4] + x[:, 7] > 1.0).astype(int)
    fitted = fit(x, y)
    saved = export(fitted)
    trees = [(t["feature"], t["threshold"], t["left"], t["right"], t["value"]) for t in saved["trees"]]
    model = lines.Model(base=saved["base"], trees=trees, threshold=0.5)
    ours = [model.probability(list(row)) for row in x[:50]]
    assert np.allclose(ours, fitted.predict_proba(x[:50])[:, 1], atol=1e-4)
