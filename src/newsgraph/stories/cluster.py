"""Incremental story clustering: each new article joins the closest open story or opens one.

An article is a unit vector of TF-IDF-weighted content words plus its entities ("e:"),
places ("p:"), events ("v:") and the months it names ("t:"), each kind with its own
weight. A `CentroidLevel` clusters these vectors into stories (one event, one incident);
a `TopicLinker` groups whole stories into topics (the same kind of event with the same
actors or region: a story's wider thread), merging topic centroids at a lower threshold.
Copies found by `NearDuplicates` join their original's story. Stories close when they
fall out of the time window (dated articles) or go idle for too many articles (undated
ones), which bounds memory; closed stories stay in the database, not in memory.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional

from newsgraph.stories.centroids import CentroidLevel, LevelConfig
from newsgraph.stories.dedup import CopyMatch, NearDuplicates
from newsgraph.stories.model import Assignment, StoryDoc, parse_day
from newsgraph.stories.related import related_stories
from newsgraph.stories.topics import TopicLinker
from newsgraph.stories.text import DocumentFrequencies, content_terms, month_mentions, normalise

PREFIXES = {"entities": "e:", "places": "p:", "events": "v:"}


@dataclass(frozen=True)
class StoryConfig:
    """Knobs of the story index; the defaults are the ones evaluated on ECB+."""

    join_threshold: float = 0.3
    merge_threshold: float = 0.6
    topic_threshold: float = 0.2  # unused since topics group whole stories; kept for old states
    topic_merge_threshold: float = 0.2
    window_days: int = 7
    topic_window_days: int = 30
    topic_place_gate: float = 0.3  # place share above which two topics must share a place
    doc_terms: int = 80
    story_terms: int = 200
    entity_weight: float = 1.5
    place_weight: float = 1.0
    event_weight: float = 0.5
    time_weight: float = 1.0
    lead_words: int = 40
    lead_boost: float = 1.0
    numbers: bool = False
    bigrams: bool = False
    member_weight: float = 1.0
    max_postings: int = 2000
    max_stories: int = 50_000
    idle_docs: int = 50_000
    evict_every: int = 512
    related_top: int = 5
    related_min: float = 0.1
    related_min_shared: float = 0.15
    dup_candidates: int = 30

    def story_level(self) -> LevelConfig:
        """The story level's thresholds."""
        return LevelConfig("story:", self.join_threshold, self.merge_threshold,
                           self.window_days, self.story_terms, self.max_postings,
                           self.member_weight)

    def topic_level(self) -> LevelConfig:
        """The topic level's thresholds."""
        return LevelConfig("topic:", self.topic_threshold, self.topic_merge_threshold,
                           self.topic_window_days, self.story_terms, self.max_postings,
                           0.0, place_gate=self.topic_place_gate)


@dataclass
class DocFeatures:
    """One article ready to be scored: its unit vector and its day."""

    doc: StoryDoc
    vector: dict[str, float]
    day: Optional[int]


def lead_text(doc: StoryDoc, n_words: int) -> str:
    """The headline and the first `n_words` words of the body: what the story is about."""
    return (doc.title or "") + "\n" + " ".join(doc.body.split()[:n_words])


class StoryIndex:
    """Assigns articles to stories and topics one at a time (see `add`)."""

    def __init__(self, config: StoryConfig | None = None) -> None:
        self.config = config or StoryConfig()
        self.dfs = DocumentFrequencies()
        self.vectors: dict[str, dict[str, float]] = {}
        self.stories = CentroidLevel(self.config.story_level(), self.vectors)
        self.topics = TopicLinker(self.config.topic_level(), self.vectors)
        self.copies = NearDuplicates()
        self.doc_story: dict[str, str] = {}
        self.titles: dict[str, Optional[str]] = {}
        self.seq = 0
        self.clock: Optional[int] = None
        self.closed = 0

    def add(self, doc: StoryDoc) -> Assignment:
        """Put `doc` in a story: its copy's, the closest open one, or a new one."""
        if doc.id in self.doc_story:
            raise ValueError(f"article {doc.id!r} is already in story {self.doc_story[doc.id]!r}: "
                             "add each article once (rebuild the stories to re-add)")
        self.seq += 1
        feats = self.features(doc)
        ranked = self.stories.rank_doc(feats.vector, feats.day)
        copy_key = self.copies.key(doc.id, doc.title, doc.body, feats.day, self.seq)
        match = self.copies.find(copy_key, self.recent_members(ranked))
        assignment = self.choose_story(feats, ranked, match)
        original_id = self.copies.add(copy_key, match)
        assignment.original_id = original_id if match is not None else None
        assignment.related = related_stories(feats, ranked, assignment.story_id, self)
        self.join_story(assignment, feats)
        gone = {old for old, _ in assignment.merged} | {assignment.story_id}
        assignment.related = [r for r in assignment.related if r.story_id not in gone]
        self.join_topic(assignment, feats)
        self.advance_clock(feats.day)
        return assignment

    def add_many(self, docs: Iterable[StoryDoc]) -> list[Assignment]:
        """`add` each document in turn."""
        return [self.add(doc) for doc in docs]

    def features(self, doc: StoryDoc) -> DocFeatures:
        """The weighted unit vector of `doc`; counts its features in the document frequencies."""
        cfg = self.config
        text = (doc.title or "") + "\n" + doc.body
        terms = content_terms(text, cfg.numbers, cfg.bigrams)
        raw = {t: (1.0 + math.log(c)) for t, c in Counter(terms).items()}
        if cfg.lead_boost > 0:
            for term in set(content_terms(lead_text(doc, cfg.lead_words), cfg.numbers)):
                raw[term] = raw.get(term, 1.0) + cfg.lead_boost
        kinds = {"entities": cfg.entity_weight, "places": cfg.place_weight,
                 "events": cfg.event_weight}
        for kind, prefix in PREFIXES.items():
            for value, count in Counter(getattr(doc, kind)).items():
                raw[prefix + str(value)] = kinds[kind] * (1.0 + math.log(count))
        if cfg.time_weight > 0:
            for month in month_mentions(text):
                raw["t:" + month] = cfg.time_weight
        self.dfs.add(set(raw))
        vec = {t: w * self.dfs.idf(t) for t, w in raw.items()}
        if len(vec) > cfg.doc_terms:
            vec = dict(sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[: cfg.doc_terms])
        return DocFeatures(doc, normalise(vec), parse_day(doc.published))

    def recent_members(self, ranked: list[tuple[str, float]]) -> list[str]:
        """Recent articles of the best-scoring stories: extra candidates for the copy check."""
        found: list[str] = []
        for story_id, _ in ranked[:3]:
            found.extend(self.stories.clusters[story_id].members[-self.config.dup_candidates :])
        return found

    def choose_story(self, feats: DocFeatures, ranked: list[tuple[str, float]],
                     match: Optional[CopyMatch]) -> Assignment:
        """The story `feats` joins: its copy's story, the best one above threshold, or new."""
        story_id = self.doc_story.get(match.duplicate_of) if match is not None else None
        if match is not None and story_id in self.stories.clusters:
            score = dict(ranked).get(story_id, match.similarity)
            return Assignment(story_id, match.duplicate_of, match.kind, round(score, 4),
                              duplicate_similarity=round(match.similarity, 4))
        story_id, score = self.stories.choose(ranked, f"story:{feats.doc.id}")
        return Assignment(story_id, similarity=round(score, 4),
                          new_story=story_id not in self.stories.clusters)

    def join_story(self, assignment: Assignment, feats: DocFeatures) -> None:
        """Add the article to its story; follow any merge the join set off."""
        doc_id = feats.doc.id
        self.vectors[doc_id] = feats.vector
        self.titles.setdefault(assignment.story_id, feats.doc.title)
        merges = self.stories.join(assignment.story_id, doc_id, feats.vector, feats.day,
                                   self.seq)
        if merges:
            assignment.story_id = merges[-1][1]
            for member in self.stories.clusters[assignment.story_id].members:
                self.doc_story[member] = assignment.story_id
            for gone, _ in merges:
                self.titles.pop(gone, None)
        assignment.merged = merges
        self.doc_story[doc_id] = assignment.story_id

    def join_topic(self, assignment: Assignment, feats: DocFeatures) -> None:
        """Add the article to its topic (the wider thread of stories)."""
        assignment.topic_id, assignment.topic_merged = self.topics.add(
            assignment.story_id, assignment.merged, feats.doc.id, feats.vector, feats.day,
            self.seq)

    def story_title(self, story_id: str) -> Optional[str]:
        """The headline of the first article of an open story."""
        return self.titles.get(story_id)

    def advance_clock(self, day: Optional[int]) -> None:
        """Move the index's clock and, every so often, close stale stories."""
        if day is not None and (self.clock is None or day > self.clock):
            self.clock = day
        if self.seq % self.config.evict_every == 0:
            self.evict()

    def evict(self) -> None:
        """Close stories and topics past the window or idle too long; forget their copies."""
        for cid in self.stale(self.stories, self.config.window_days):
            cluster = self.stories.close(cid)
            self.closed += 1
            self.titles.pop(cid, None)
            self.topics.forget_story(cid)
            for doc_id in cluster.members:
                self.doc_story.pop(doc_id, None)
                self.vectors.pop(doc_id, None)
                self.copies.remove(doc_id)
        for cid in self.stale(self.topics.level, self.config.topic_window_days):
            self.topics.close(cid)

    def stale(self, level: CentroidLevel, window: int) -> list[str]:
        """Clusters of `level` out of the window, idle too long, or beyond the size cap."""
        cfg = self.config
        out, live = [], []
        for cluster in level.clusters.values():
            too_old = (cluster.last_day is not None and self.clock is not None
                       and cluster.last_day < self.clock - window)
            if too_old or cluster.last_seq < self.seq - cfg.idle_docs:
                out.append(cluster.id)
            else:
                live.append(cluster)
        overflow = len(live) - cfg.max_stories
        if overflow > 0:
            live.sort(key=lambda c: c.last_seq)
            out.extend(c.id for c in live[:overflow])
        return out
