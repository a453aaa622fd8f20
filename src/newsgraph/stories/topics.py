"""Topics: stories of the same kind of event linked into a wider thread, incrementally.

A topic is a group of whole stories (a story never spans two topics). An article adds its
vector to its story's topic; the topic's centroid is then compared with its nearest open
topics (found through the inverted index) and merged with one whose centroid cosine
clears the topic threshold, unless both are anchored in places and share none of them
(two earthquakes in different countries stay apart; two in the same country join).
When two stories merge, so do their topics. Only topics near the one that changed are
re-checked: nothing is re-clustered wholesale, and closed stories leave the bookkeeping."""

from __future__ import annotations

from typing import Optional

from newsgraph.stories.centroids import CentroidLevel, Cluster, LevelConfig


class TopicLinker:
    """The topic level over stories (see the module docstring)."""

    def __init__(self, config: LevelConfig, vectors: dict[str, dict[str, float]]) -> None:
        self.level = CentroidLevel(config, vectors)
        self.story_topic: dict[str, str] = {}
        self.topic_stories: dict[str, set[str]] = {}

    @property
    def clusters(self) -> dict[str, Cluster]:
        """The open topics by id."""
        return self.level.clusters

    def add(self, story_id: str, story_merges: list[tuple[str, str]], doc_id: str,
            vector: dict[str, float], day: Optional[int],
            seq: int) -> tuple[str, list[tuple[str, str]]]:
        """Add an article of `story_id` to its topic; returns the topic id and topic merges."""
        merges = self.follow_story_merges(story_merges, seq)
        topic_id = self.story_topic.get(story_id)
        if topic_id is None or topic_id not in self.level.clusters:
            topic_id = f"topic:{doc_id}"
        self.attach(story_id, topic_id)
        level_merges = self.level.join(topic_id, doc_id, vector, day, seq)
        self.relabel(level_merges)
        merges.extend(level_merges)
        return self.story_topic[story_id], merges

    def follow_story_merges(self, story_merges: list[tuple[str, str]],
                            seq: int) -> list[tuple[str, str]]:
        """Merge the topics of stories that just merged; returns the topic merges."""
        merges: list[tuple[str, str]] = []
        for gone_story, kept_story in story_merges:
            gone_topic = self.story_topic.pop(gone_story, None)
            if gone_topic is not None:
                self.topic_stories.get(gone_topic, set()).discard(gone_story)
            kept_topic = self.story_topic.get(kept_story)
            if gone_topic is None or kept_topic is None:
                if gone_topic is not None:
                    self.attach(kept_story, gone_topic)
                continue
            pair = self.merge_topics(gone_topic, kept_topic, seq)
            if pair is not None:
                merges.append(pair)
        return merges

    def merge_topics(self, a: str, b: str, seq: int) -> Optional[tuple[str, str]]:
        """Merge open topics `a` and `b`; returns (gone, kept), or None when nothing merged."""
        clusters = self.level.clusters
        if a == b or a not in clusters or b not in clusters:
            return None
        kept, gone = self.level.older_first(clusters[a], clusters[b])
        self.level.absorb(kept, gone, seq)
        self.relabel([(gone.id, kept.id)])
        return gone.id, kept.id

    def attach(self, story_id: str, topic_id: str) -> None:
        """Record that `story_id` belongs to `topic_id`."""
        self.story_topic[story_id] = topic_id
        self.topic_stories.setdefault(topic_id, set()).add(story_id)

    def relabel(self, merges: list[tuple[str, str]]) -> None:
        """Move the stories of absorbed topics to the topics that absorbed them."""
        for gone, kept in merges:
            for story_id in self.topic_stories.pop(gone, set()):
                self.attach(story_id, kept)

    def forget_story(self, story_id: str) -> None:
        """Drop a closed story from its topic's bookkeeping."""
        topic_id = self.story_topic.pop(story_id, None)
        if topic_id is not None:
            stories = self.topic_stories.get(topic_id)
            if stories is not None:
                stories.discard(story_id)
                if not stories and topic_id not in self.level.clusters:
                    del self.topic_stories[topic_id]

    def close(self, topic_id: str) -> None:
        """Drop a stale topic from memory (its stories, if still open, start a new one)."""
        self.level.close(topic_id)
        for story_id in self.topic_stories.pop(topic_id, set()):
            self.story_topic.pop(story_id, None)
