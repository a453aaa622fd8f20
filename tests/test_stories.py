"""Stories: copies and republications, incremental clustering, related stories, the store."""

from __future__ import annotations

import pytest
import sqlite_utils

from newsgraph.eval.stories import entity_lists
from newsgraph.stories import StoryConfig, StoryDoc, StoryIndex
from newsgraph.stories.centroids import CentroidLevel, LevelConfig
from newsgraph.stories.dedup import NearDuplicates, classify_copy
from newsgraph.stories.state import dump_state, load_state
from newsgraph.stories.model import RelatedStory
from newsgraph.stories.store import (ensure_story_tables, fact_names, facts_by_article, rebuild_stories,
                                     update_stories)
from newsgraph.stories.text import content_terms, month_mentions, stem

QUAKE_1 = (
    "A magnitude 7.1 earthquake struck off the coast of central Chile on Tuesday, shaking "
    "buildings in Valparaiso and Santiago and sending residents running into the streets. "
    "The United States Geological Survey said the quake hit at a depth of 30 kilometres, "
    "about 80 kilometres west of Valparaiso. Chile's emergency office Onemi briefly issued "
    "a tsunami warning for the coast before lifting it an hour later. President Gabriel "
    "Boric said there were no reports of deaths, though power was cut to thousands of homes "
    "in the Valparaiso region and several roads were blocked by landslides.")
QUAKE_2 = (
    "Thousands of people in Valparaiso spent the night outdoors after a powerful 7.1 "
    "earthquake rattled central Chile. Onemi, the national emergency agency, said damage "
    "was limited to cracked walls and fallen power lines, and the tsunami alert for the "
    "coast was cancelled. Gabriel Boric visited Valparaiso on Wednesday and praised the "
    "emergency services. The Geological Survey recorded several aftershocks above "
    "magnitude 5 near Valparaiso during the night, and schools in the region stayed "
    "closed while engineers inspected them.")
QUAKE_3 = (
    "Chile counted the cost on Wednesday of the 7.1 magnitude earthquake near Valparaiso. "
    "Officials of the emergency agency Onemi said landslides blocked roads in the "
    "Valparaiso region, and power companies restored electricity to most homes. Gabriel "
    "Boric promised help for families whose houses were damaged by the quake, and the "
    "tsunami warning that sent coastal residents to higher ground was lifted.")
QUAKE_JAPAN = (
    "A strong earthquake of magnitude 6.8 hit northern Japan on Saturday, the Japan "
    "Meteorological Agency said, shaking Sendai and Morioka and halting bullet trains. "
    "The agency issued a tsunami advisory for the coast of Iwate prefecture. Tohoku "
    "Electric Power said it was checking the Onagawa nuclear plant, where no abnormality "
    "was found. Prime Minister Fumio Kishida told reporters the government had set up a "
    "task force, and several people were injured by falling objects in Sendai.")
QUAKE_NORTH = (
    "A magnitude 6.4 earthquake shook northern Chile on Sunday near Antofagasta, the "
    "emergency agency Onemi said, cutting power to mining towns and damaging roads. "
    "The Geological Survey put the quake at a depth of 40 kilometres. Onemi said there "
    "was no tsunami threat to the coast, and President Gabriel Boric said the army would "
    "help families in the Antofagasta region whose homes were cracked by the tremor.")
FOOTBALL = (
    "Manchester United completed the signing of striker Rasmus Hojlund from Atalanta on "
    "Saturday for a fee of 72 million pounds. The Denmark international, 20, signed a "
    "five-year contract at Old Trafford. Manager Erik ten Hag said Hojlund had the hunger "
    "and speed the club needed in attack, and Atalanta thanked the player for two seasons "
    "in Bergamo. Hojlund could make his debut against Wolves at Old Trafford next week.")
SPUN_QUAKE_1 = (
    "A magnitude 7.1 tremor hit off the shore of central Chile on Tuesday, rocking "
    "structures in Valparaiso and Santiago and sending inhabitants fleeing into the roads. "
    "The United States Geological Survey stated the quake struck at a depth of 30 "
    "kilometres, roughly 80 kilometres west of Valparaiso. Chile's emergency office Onemi "
    "quickly released a tsunami alert for the shore before lifting it an hour afterwards. "
    "President Gabriel Boric stated there were no accounts of deaths, though electricity "
    "was cut to thousands of houses in the Valparaiso region and numerous roads were "
    "blocked by landslides.")

ENTITIES = {
    "quake": ["person:gabriel-boric", "org:onemi", "org:united-states-geological-survey"],
    "japan": ["org:japan-meteorological-agency", "person:fumio-kishida", "org:tohoku-electric"],
    "football": ["org:manchester-united", "person:rasmus-hojlund", "org:atalanta"],
}
PLACES = {"quake": ["3868626", "3871336", "3895114"], "japan": ["2111149", "1861060"],
          "football": ["2643123"]}


def doc(doc_id: str, body: str, kind: str, published: str | None = "2024-03-05",
        title: str | None = None) -> StoryDoc:
    return StoryDoc(doc_id, title or body.split(".")[0][:60], body, published,
                    ENTITIES[kind], PLACES[kind], [])


def corpus() -> list[StoryDoc]:
    return [doc("q1", QUAKE_1, "quake"), doc("j1", QUAKE_JAPAN, "japan", "2024-03-06"),
            doc("q2", QUAKE_2, "quake", "2024-03-06"), doc("f1", FOOTBALL, "football"),
            doc("q3", QUAKE_3, "quake", "2024-03-06")]


# --- text -----------------------------------------------------------------------------

def test_stem_and_content_terms_drop_stop_words_and_bare_numbers():
    assert stem("strikes") == stem("striking") == "strik"
    assert content_terms("The 3 missiles hit Kyiv in 2022") == ["missil", "hit", "kyiv", "2022"]


def test_month_mentions_reads_dates_with_a_year():
    text = "Updated Saturday, December 05, 2009 8:28 PM; on 5 January 2011; 2020-03-04"
    assert month_mentions(text) == ["2009-12", "2011-01", "2020-03"]


# --- copies ---------------------------------------------------------------------------

def copy_kind(a: str, b: str, title_a: str = "A", title_b: str = "A"):
    finder = NearDuplicates()
    found = classify_copy(finder.key("b", title_b, b, None, 2), finder.key("a", title_a, a, None, 1))
    return found[0] if found else None


def test_copy_kinds_headline_light_edits_word_swap():
    assert copy_kind(QUAKE_1, QUAKE_1) == "exact"
    assert copy_kind(QUAKE_1, QUAKE_1, "Chile quake", "Huge quake rocks Chile") == "headline_only"
    edited = QUAKE_1.replace("on Tuesday", "late on Tuesday") + " More follows."
    assert copy_kind(QUAKE_1, edited) == "light_edits"
    assert copy_kind(QUAKE_1, SPUN_QUAKE_1) == "word_swap"


def test_reports_of_the_same_event_are_not_copies():
    assert copy_kind(QUAKE_1, QUAKE_2) is None
    assert copy_kind(QUAKE_1, QUAKE_3) is None
    assert copy_kind(QUAKE_1, QUAKE_JAPAN) is None


def test_spun_copy_is_found_by_lsh_alone():
    finder = NearDuplicates()
    finder.add(finder.key("a", "A", QUAKE_1, None, 1))
    match = finder.find(finder.key("b", "B", SPUN_QUAKE_1, None, 2))
    assert match is not None and match.duplicate_of == "a" and match.kind == "word_swap"


# --- clustering -----------------------------------------------------------------------

def test_same_event_reports_share_a_story_and_other_events_do_not():
    index = StoryIndex()
    got = {d.id: index.add(d) for d in corpus()}
    assert got["q2"].story_id == got["q1"].story_id == got["q3"].story_id == "story:q1"
    assert got["j1"].story_id == "story:j1" and got["j1"].new_story
    assert got["f1"].story_id == "story:f1"
    assert got["q3"].similarity >= index.config.join_threshold


def test_republication_joins_story_and_earliest_copy_is_the_original():
    index = StoryIndex()
    index.add(doc("late", QUAKE_1, "quake", "2024-03-07", "Chile quake: what we know"))
    early = index.add(doc("early", QUAKE_1, "quake", "2024-03-05", "Big quake hits Chile"))
    spun = index.add(doc("spun", SPUN_QUAKE_1, "quake", "2024-03-08", "Chile tremor"))
    assert (early.duplicate_of, early.duplicate_kind) == ("late", "headline_only")
    assert early.original_id == "early" and early.story_id == "story:late"
    assert spun.duplicate_kind == "word_swap" and spun.original_id == "early"
    assert spun.story_id == "story:late"


def test_time_window_keeps_a_month_later_report_apart():
    index = StoryIndex(StoryConfig(window_days=7))
    first = index.add(doc("q1", QUAKE_1, "quake", "2024-03-05"))
    later = index.add(doc("q2", QUAKE_2, "quake", "2024-04-20"))
    assert first.story_id != later.story_id


def test_eviction_bounds_open_stories():
    index = StoryIndex(StoryConfig(window_days=2, evict_every=4))
    for day in range(1, 21):
        body = f"Report number {day} about topic{day} with words alpha{day} beta{day} gamma{day}."
        index.add(StoryDoc(f"d{day}", None, body, f"2024-01-{day:02d}"))
    assert len(index.stories.clusters) <= 7 and index.closed >= 13
    assert len(index.copies.copies) <= 7 and len(index.vectors) <= 7


# --- topics ---------------------------------------------------------------------------

def north_quake() -> StoryDoc:
    """A second, later Chile earthquake: another incident (story) of the same thread."""
    return StoryDoc("n1", "Quake shakes northern Chile", QUAKE_NORTH, "2024-03-25",
                    ["person:gabriel-boric", "org:onemi"], ["3895114", "3899539"], [])


def topics_of(config: StoryConfig) -> dict[str, tuple[str, str]]:
    index = StoryIndex(config)
    got = {d.id: index.add(d) for d in corpus() + [north_quake()]}
    aliases = dict(pair for a in got.values() for pair in a.topic_merged)
    out = {}
    for doc_id, a in got.items():
        topic = a.topic_id
        while topic in aliases:
            topic = aliases[topic]
        out[doc_id] = (a.story_id, topic)
    return out


def test_a_later_quake_in_the_same_country_joins_the_topic_not_the_story():
    got = topics_of(StoryConfig())
    assert got["n1"][0] == "story:n1" and got["q1"][0] == "story:q1"
    assert got["n1"][1] == got["q1"][1] == got["q2"][1] == got["q3"][1] == "topic:q1"
    assert got["f1"][1] == "topic:f1"


def test_place_gate_keeps_a_quake_in_another_country_in_its_own_topic():
    loose = topics_of(StoryConfig(topic_merge_threshold=0.1, topic_place_gate=0.0))
    assert loose["j1"][1] == loose["q1"][1]
    gated = topics_of(StoryConfig(topic_merge_threshold=0.1, topic_place_gate=0.15))
    assert gated["j1"][1] == "topic:j1" and gated["n1"][1] == gated["q1"][1] == "topic:q1"
    assert gated["f1"][1] == "topic:f1"


def test_places_conflict_needs_place_weight_on_both_sides_and_no_shared_place():
    level = CentroidLevel(LevelConfig("topic:", 0.2, 0.2, 30, place_gate=0.3), {})
    chile = {"p:3895114": 0.5, "quake": 0.8}
    japan = {"p:1861060": 0.4, "quake": 0.9}
    assert level.places_conflict(chile, japan)
    assert not level.places_conflict(chile, {"p:3895114": 0.4, "p:1": 0.3, "quake": 0.8})
    assert not level.places_conflict(chile, {"p:1861060": 0.1, "quake": 0.99})
    off = CentroidLevel(LevelConfig("topic:", 0.2, 0.2, 30), {})
    assert not off.places_conflict(chile, japan)


def test_a_story_never_spans_two_topics_and_merged_stories_merge_topics():
    index = StoryIndex()
    topics = index.topics
    topics.add("story:a", [], "a1", {"quake": 1.0}, None, 1)
    topics.add("story:b", [], "b1", {"football": 1.0}, None, 2)
    assert topics.story_topic == {"story:a": "topic:a1", "story:b": "topic:b1"}
    topic_id, merges = topics.add("story:a", [("story:b", "story:a")], "a2",
                                  {"quake": 1.0}, None, 3)
    assert merges == [("topic:b1", "topic:a1")] and topic_id == "topic:a1"
    assert topics.story_topic == {"story:a": "topic:a1"}
    assert set(topics.clusters) == {"topic:a1"} and topics.clusters["topic:a1"].size == 3


def test_closed_stories_leave_their_topic_bookkeeping():
    index = StoryIndex(StoryConfig(window_days=2, topic_window_days=3, evict_every=4))
    for day in range(1, 21):
        body = f"Report number {day} about topic{day} with words alpha{day} beta{day} gamma{day}."
        index.add(StoryDoc(f"d{day}", None, body, f"2024-01-{day:02d}"))
    assert len(index.topics.clusters) <= 8 and len(index.topics.story_topic) <= 7
    assert set(index.topics.story_topic) <= set(index.stories.clusters)


# --- related --------------------------------------------------------------------------

def test_related_story_shares_entities_and_says_so():
    index = StoryIndex()
    index.add(doc("q1", QUAKE_1, "quake"))
    index.add(doc("f1", FOOTBALL, "football"))
    aftermath = StoryDoc("a1", "Boric visits Valparaiso", "Gabriel Boric met Onemi officials "
                         "in Valparaiso to discuss reconstruction funds for schools, and "
                         "announced a new housing plan for the region next year.",
                         "2024-03-07", ["person:gabriel-boric", "org:onemi"], ["3868626"], [])
    got = index.add(aftermath)
    related = {r.story_id: r for r in got.related}
    assert got.story_id == "story:a1" and "story:q1" in related
    assert "person:gabriel-boric" in related["story:q1"].entities
    assert related["story:q1"].places == ["3868626"]
    assert related["story:q1"].reason.startswith("shared entities: org:onemi")
    assert "story:f1" not in related


def test_unrelated_stories_with_common_words_are_not_related():
    index = StoryIndex()
    index.add(doc("q1", QUAKE_1, "quake"))
    got = index.add(doc("j1", QUAKE_JAPAN, "japan"))
    assert got.story_id != "story:q1"
    assert got.related == []


def test_one_passing_shared_entity_does_not_make_stories_related():
    index = StoryIndex()
    index.add(doc("q1", QUAKE_1, "quake"))
    japan = StoryDoc("j1", None, QUAKE_JAPAN, "2024-03-06", ["org:onemi"] + ENTITIES["japan"],
                     PLACES["japan"], [])
    assert index.add(japan).related == []


def test_a_shared_nationality_and_country_do_not_make_stories_related():
    index = StoryIndex()
    plague = StoryDoc("p1", "Hunter in Inner Mongolia catches plague", "A hunter caught bubonic "
                      "plague after eating a wild rabbit, Chinese health officials said, and 28 "
                      "people who met him were put in quarantine in northern China.", "2024-03-06",
                      ["norp:chinese"] * 2, ["1814991"] * 2, [])
    index.add(plague)
    tariffs = StoryDoc("t1", "Tariff talks stall", "Chinese negotiators left the tariff talks "
                       "without a deal on farm purchases, and China said the trade war would go "
                       "on until the United States lifts its duties.", "2024-03-06",
                       ["norp:chinese"] * 2, ["1814991"] * 2, [])
    assert index.add(tariffs).related == []


def test_a_shared_wire_agency_does_not_make_stories_related():
    index = StoryIndex()
    listing = StoryDoc("l1", "Retailer plans share sale", "The retailer plans to raise $12 billion in a "
                       "share sale next week, Reuters reported, citing two people with knowledge "
                       "of the plan.", "2024-03-06", ["org:reuters"] * 2, [], [])
    index.add(listing)
    inquiry = StoryDoc("i1", "Attorney general opens inquiry", "The state attorney general opened an "
                       "inquiry into the office-sharing firm's former chief, Reuters reported, "
                       "citing a letter seen by the agency.", "2024-03-06", ["org:reuters"] * 2, [], [])
    assert index.add(inquiry).related == []


def reference_parts(text: str) -> tuple[str, list[str]]:
    """The reference page's article body and its teaser blocks (headline, rewrite, snippet)."""
    body = text.split("Share this @internewscast.com")[1]
    teaser_block = text.split("You May Also Like", 1)[1].strip()
    lines = [line for line in teaser_block.splitlines() if line.strip()]
    teasers = [" ".join(lines[i : i + 3]) for i in range(0, len(lines) - 2, 3)]
    return body, teasers


def spacy_doc(nlp, doc_id: str, text: str, published: str) -> StoryDoc:
    found = entity_lists(nlp(text).ents)
    return StoryDoc(doc_id, text.split("\n")[0][:80], text, published, found["entities"],
                    found["places"], [])


def test_reference_page_teasers_are_never_related_to_its_story(reference_text, spacy_model):
    body, teasers = reference_parts(reference_text)
    assert len(teasers) == 12
    index = StoryIndex()
    teaser_ids = set()
    for i, teaser in enumerate(teasers):
        got = index.add(spacy_doc(spacy_model, f"t{i}", teaser, "2026-02-21"))
        teaser_ids.add(got.story_id)
    ref = index.add(spacy_doc(spacy_model, "ref", body, "2026-02-21"))
    assert ref.story_id not in teaser_ids
    assert not {r.story_id for r in ref.related} & teaser_ids
    assert ref.duplicate_of is None


def test_teaser_rewrites_share_a_story():
    """Each teaser pairs an original headline with a rewrite of it: same story."""
    pairs = [("Judge rules federal agents must limit tear gas at protests near Portland ICE "
              "building", "Oregon Judge Restricts Use of Tear Gas by Federal Agents at "
              "Portland ICE Demonstrations"),
             ("Indiana mom pleads guilty to neglect after son, 7, dies in house fire",
              "Tragic Indiana House Fire: Mother Admits Guilt in Heartbreaking Death of "
              "7-Year-Old Son")]
    index = StoryIndex()
    for i, (original, rewrite) in enumerate(pairs):
        first = index.add(StoryDoc(f"o{i}", original, original, "2026-02-21"))
        second = index.add(StoryDoc(f"r{i}", rewrite, rewrite, "2026-02-21"))
        assert second.story_id == first.story_id


# --- state and store ------------------------------------------------------------------

def test_state_round_trip_gives_the_same_assignments():
    docs = corpus()
    whole = StoryIndex()
    expected = [whole.add(d).story_id for d in docs]
    expected_topics = [whole.add(north_quake()).topic_id]
    head = StoryIndex()
    for d in docs[:3]:
        head.add(d)
    resumed = load_state(dump_state(head))
    assert [resumed.add(d).story_id for d in docs[3:]] == expected[3:]
    assert resumed.topics.story_topic == {k: v for k, v in whole.topics.story_topic.items()
                                          if k != "story:n1"}
    assert [resumed.add(north_quake()).topic_id] == expected_topics == ["topic:q1"]


def make_db(tmp_path) -> sqlite_utils.Database:
    db = sqlite_utils.Database(tmp_path / "ng.db")
    rows = [(d.id, d.title, d.published, d.body) for d in corpus()]
    rows.append(("q1copy", "Chile quake, republished", "2024-03-04", QUAKE_1))
    db["articles"].insert_all([{"id": i, "url": f"https://example.com/{i}", "title": t,
                                "published": p, "language": "en", "body": b, "status": "ok"}
                               for i, t, p, b in rows], pk="id")
    kinds = {"q": "quake", "j": "japan", "f": "football"}
    db["entities"].insert_all([{"article_id": i, "entity_id": e, "name": e, "type": "x",
                                "start": 0, "end": 1}
                               for i, *_ in rows for e in ENTITIES[kinds[i[0]]]])
    db["places"].insert_all([{"article_id": i, "geonameid": int(g), "name": g, "text": g}
                             for i, *_ in rows for g in PLACES[kinds[i[0]]]])
    db["events"].insert_all([{"article_id": "q1", "type": "NATURAL_DISASTER", "actor": None,
                              "target": "CHL"}])
    return db


def test_store_updates_incrementally_and_rebuild_matches(tmp_path):
    db = make_db(tmp_path)
    ensure_story_tables(db)
    assert {"article_id", "story_id", "topic_id"} <= set(db["story_articles"].columns_dict)
    assert {"article_id", "duplicate_of", "kind", "original_id"} <= set(db["duplicates"].columns_dict)
    first = update_stories(db, ["q1", "j1"])
    assert [a.story_id for a in first] == ["story:q1", "story:j1"]
    assert update_stories(db, ["q1"]) == []
    update_stories(db, ["q2", "f1", "q3", "q1copy"])
    incremental = {r["article_id"]: r["story_id"] for r in db["story_articles"].rows}
    assert incremental["q2"] == incremental["q3"] == incremental["q1"] == "story:q1"
    assert incremental["q1copy"] == "story:q1"
    dup = db["duplicates"].get("q1copy")
    assert dup["duplicate_of"] == "q1" and dup["kind"] == "headline_only"
    assert dup["original_id"] == "q1copy"
    assert db["stories"].get("story:q1")["article_count"] == 4
    assert rebuild_stories(db) == 6
    rebuilt = {r["article_id"]: r["story_id"] for r in db["story_articles"].rows}
    assert rebuilt["q2"] == rebuilt["q1"] == rebuilt["q3"] == rebuilt["q1copy"]
    assert rebuilt["j1"] != rebuilt["q1"] and rebuilt["f1"] != rebuilt["q1"]
    assert db["duplicates"].get("q1")["original_id"] == "q1copy"


def test_corrupt_state_gives_an_actionable_error(tmp_path):
    from newsgraph.errors import StoreError

    db = make_db(tmp_path)
    ensure_story_tables(db)
    db["story_state"].insert({"key": "index", "value": b"not json"})
    with pytest.raises(StoreError, match="newsgraph stories DB"):
        update_stories(db, ["q1"])


def test_merged_stories_are_relabelled_in_the_store(tmp_path):
    db = make_db(tmp_path)
    config = StoryConfig(join_threshold=0.95, merge_threshold=0.3)
    assert rebuild_stories(db, config) == 6
    labels = {r["article_id"]: r["story_id"] for r in db["story_articles"].rows}
    assert labels["q1"] == labels["q2"] == labels["q3"] == labels["q1copy"]
    story_ids = {r["id"] for r in db["stories"].rows}
    assert story_ids == set(labels.values())
    assert db["stories"].get(labels["q1"])["article_count"] == 4
    assert all(r["story_id"] in story_ids and r["related_story_id"] in story_ids
               for r in db["related_stories"].rows)


def test_adding_an_article_twice_is_refused():
    index = StoryIndex()
    index.add(doc("q1", QUAKE_1, "quake"))
    with pytest.raises(ValueError, match="already in story 'story:q1'"):
        index.add(doc("q1", QUAKE_1, "quake"))


def test_place_like_entities_are_left_to_the_places_table(tmp_path):
    db = sqlite_utils.Database(tmp_path / "facts.db")
    db["entities"].insert_all([
        {"article_id": "a", "entity_id": "gpe:china", "type": "GPE"},
        {"article_id": "a", "entity_id": "loc:europa", "type": "LOC"},
        {"article_id": "a", "entity_id": "person:xi-jinping", "type": "PERSON"},
        {"article_id": "a", "entity_id": "norp:chinese", "type": "NORP"},
    ])
    db["places"].insert({"article_id": "a", "geonameid": 1814991, "name": "China", "text": "China"})
    assert facts_by_article(db, "entities", ["a"]) == {"a": ["person:xi-jinping", "norp:chinese"]}
    assert facts_by_article(db, "places", ["a"]) == {"a": ["1814991"]}


def test_related_reason_names_what_is_shared(tmp_path):
    db = sqlite_utils.Database(tmp_path / "facts.db")
    db["entities"].insert({"article_id": "a", "entity_id": "person:xi-jinping", "name": "Xi Jinping",
                           "type": "PERSON"})
    db["places"].insert({"article_id": "a", "geonameid": 1819730, "name": "Hong Kong", "text": "HK"})
    rel = RelatedStory("story:b", 0.3, ["person:xi-jinping", "org:un"], ["1819730"], ["PROTEST:HKG"])
    assert rel.describe(fact_names(db, "a")) == (
        "shared entities: Xi Jinping, org:un; shared places: Hong Kong; shared events: PROTEST:HKG")
    assert rel.reason.startswith("shared entities: person:xi-jinping, org:un; shared places: 1819730")
