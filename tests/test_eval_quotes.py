"""The quotes evaluation: brat parsing, classes, overlap, and the CI gate on PolNeAR dev."""

from __future__ import annotations

import pytest

from conftest import shared_path
from newsgraph.eval.quotes import Tokens, gold_class, match, overlap, parse_ann

# Floors for the gate: the scores measured on the whole PolNeAR dev split (84 articles,
# one annotator each) minus 0.01. Raise them when the scores rise; never lower silently.
# Round 2 (measured 0.6063 indirect, 0.6974 mixed, 0.959/0.9635 speaker, 0.9117 direct F1@0.8:
# the writer's own "I was telling myself, “…”" and scare quotes that inherited a speaker
# are no longer quotes; direct floors kept).
# Round 3 (measured 0.6031 indirect, 0.7039 mixed, 0.959/0.9635 speaker, 0.9117 direct F1@0.8):
# the reader's "you", "let's", imperatives and speakerless noun-phrase contents are no
# source; mixed floor raised; the other floors kept.
# Round 5 (measured 0.6027 indirect, 0.7237 mixed, 0.959/0.9636 speaker, 0.9130 direct F1@0.8,
# 0.9374 F1@0.3): a quote after the clause's own subject is mixed ("said the border “remains
# …”"), readiness adjectives ("reluctant to") are no statement; mixed floor raised, the
# other floors kept (F1@0.3 lost 0.0012 as direct pieces moved into mixed contents).
# Round 6 (measured 0.6009 indirect (P 0.8237, R 0.4730), 0.7237 mixed, 0.959/0.9636 speaker,
# 0.9130 direct F1@0.8, 0.9374 F1@0.3): infinitives of intent or refusal ("declined to
# comment", "agreed to pay"), "no one knows" and unauthored pictures ("the scan revealed")
# are no claims; PolNeAR counts some of them, so indirect F1 fell 0.0018. Floors kept.
# Round 7 (measured 0.6074 indirect (P 0.8294, R 0.4791), 0.7237 mixed, 0.959/0.9636 speaker,
# 0.9130 direct F1@0.8, 0.9374 F1@0.3): contents no longer stop at a coordination the parse hung
# on the cue ("wants to cut A, raise B and end C"), noun-phrase contents stop before a clause of
# time or reason ("mentioned X while driving"), ", citing …" is the next attribution; a cue in
# a condition ("if Holt asks him about …") is no claim (PolNeAR counts that one). Floors kept
# (measured - 0.01 is under the 0.60 bar for indirect).
# Round 8 (measured 0.6122 indirect (P 0.8372, R 0.4825), 0.7270 mixed, 0.959/0.9636 speaker,
# 0.9130 direct F1@0.8, 0.9374 F1@0.3): a second clause the parse hung on the cue right after
# the first ("give police notice that …") and a predicate whose subject the parse took as the
# cue's object ("states a permit must be obtained") stay in the content; passive directives,
# perception small clauses and modifiers that identify a speaker are no claims. Indirect and
# mixed floors raised to measured - 0.01.
# Round 10 (measured 0.6081 indirect (P 0.8405, R 0.4764), 0.7270 mixed, 0.959/0.9636 speaker,
# 0.9130 direct F1@0.8, 0.9374 F1@0.3): states of mind ("suspect", "fear"), plans and attempts
# ("intends to", "tried to", "considered moving"), coming to understand ("realized that"), figures
# recorded ("the towns showed gains") and the writer's inferences (", indicating that …") are no
# claims for a fact-checker; PolNeAR counts some of them (indirect F1 -0.0041). Floors kept.
# Round 10e (measured 0.6048 indirect (P 0.8403, R 0.4723), 0.7270 mixed, 0.959/0.9636 speaker,
# 0.9130 direct F1@0.8, 0.9374 F1@0.3): a stance whose whole object is a party ("endorsed Trump",
# "backed Clinton", "attacked Machado") and "made no comment" are no quotes; PolNeAR counts the
# stances (indirect F1 -0.0033). Floors kept.
# indirect_f1_50 sits at the issue bar (0.60; measured 0.6056, was 0.645): the fact-checker
# filter (`newsgraph.quotes.sources`) drops what PolNeAR counts but a reader of "who said
# what" does not (the writer's "we think"/"you want", agentless "X seemed …"/"is expected
# to", noun-phrase contents of non-speech verbs, speakerless noun cues).
FLOORS = {
    "direct_f1_80": 0.9104,
    "direct_f1_30": 0.9370,
    "speaker_acc_30": 0.9490,
    "speaker_acc_80": 0.9535,
    "cue_acc_80": 0.9649,
    "indirect_f1_50": 0.6022,
    "mixed_recall_50": 0.7170,
}

ANN = (
    "T1\tSource 0 5\tSmith\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 12 20;30 35\tabc\n"
    "T4\tAttribution 6 10\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "#1\tAnnotatorNotes T3\ta note\n"
    "a continuation line of a multi-line span\n"
)


def test_parse_ann_joins_spans_through_events():
    (attribution,) = parse_ann(ANN)
    assert attribution.content == [(12, 20), (30, 35)]
    assert attribution.source == [(0, 5)]
    assert attribution.cue == [(6, 10)]


def test_gold_classes():
    text = '“We won,” he said. He said "we won" easily. He said we won. \'\'We won,\'\' he said.'
    assert gold_class(text, [(0, 9)]) == "direct"
    assert gold_class(text, [(27, 42)]) == "mixed"
    assert gold_class(text, [(52, 58)]) == "indirect"
    assert gold_class(text, [(60, 71)]) == "direct"


def test_overlap_is_the_smaller_coverage():
    tokens = Tokens("one two three four five six")
    gold = tokens.of([(0, 13)])  # one two three
    pred = tokens.of([(4, 23)])  # two three four five
    assert overlap(gold, pred) == pytest.approx(2 / 4)
    assert match([gold], [pred], 0.5) == [(0, 0)]
    assert match([gold], [pred], 0.6) == []


def test_gate_on_polnear_dev():
    from newsgraph.eval.quotes import evaluate

    data = shared_path("quotes", "polnear")
    metrics = evaluate(data)
    assert metrics["articles"] == 84
    low = {k: (metrics[k], floor) for k, floor in FLOORS.items() if metrics[k] < floor}
    assert not low, f"scores under their floors (measured, floor): {low}"
