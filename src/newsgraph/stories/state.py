"""Save and load a `StoryIndex` as JSON (zlib-compressed), so a database can keep the
open stories between runs and new articles are assigned without re-clustering.

Only what is open is saved: document frequencies, the open stories and topics, and the
copies (token hashes) kept for the near-duplicate check, all bounded by the time window.
JSON, not pickle: loading a database from elsewhere never runs code.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections import Counter
from dataclasses import asdict
from typing import Any

import numpy as np

from newsgraph.errors import StoreError
from newsgraph.stories.centroids import CentroidLevel, Cluster
from newsgraph.stories.cluster import StoryConfig, StoryIndex
from newsgraph.stories.dedup import CopyKey

STATE_VERSION = 1


def dump_state(index: StoryIndex) -> bytes:
    """The index's open state as compressed JSON bytes."""
    state = {
        "version": STATE_VERSION,
        "config": asdict(index.config),
        "n_docs": index.dfs.n_docs,
        "df": dict(index.dfs.df),
        "seq": index.seq,
        "clock": index.clock,
        "closed": index.closed,
        "titles": index.titles,
        "doc_story": index.doc_story,
        "vectors": index.vectors,
        "stories": [asdict(c) for c in index.stories.clusters.values()],
        "topics": [asdict(c) for c in index.topics.clusters.values()],
        "story_topic": index.topics.story_topic,
        "copies": [dump_copy(c) for c in index.copies.copies.values()],
    }
    return zlib.compress(json.dumps(state, separators=(",", ":")).encode("utf-8"))


def dump_copy(copy: CopyKey) -> dict[str, Any]:
    """A copy's fingerprint as JSON-ready values (token hashes base64-encoded)."""
    tokens = base64.b64encode(copy.tokens.astype("<u4").tobytes()).decode("ascii")
    return {"id": copy.id, "tokens": tokens, "title": copy.title, "day": copy.day,
            "seq": copy.seq, "original_id": copy.original_id}


def load_state(blob: bytes) -> StoryIndex:
    """A `StoryIndex` rebuilt from `dump_state` bytes."""
    try:
        state = json.loads(zlib.decompress(blob).decode("utf-8"))
    except (zlib.error, ValueError) as exc:
        raise StoreError(f"story index state is corrupt ({exc}): run `newsgraph stories DB` "
                         "to rebuild the stories") from exc
    if state.get("version") != STATE_VERSION:
        raise StoreError("story index state has an unknown version: run `newsgraph stories DB` "
                         "to rebuild the stories")
    index = StoryIndex(StoryConfig(**state["config"]))
    index.dfs.n_docs, index.dfs.df = state["n_docs"], Counter(state["df"])
    index.seq, index.clock, index.closed = state["seq"], state["clock"], state["closed"]
    index.titles, index.doc_story = state["titles"], state["doc_story"]
    index.vectors.update(state["vectors"])
    load_level(index.stories, state["stories"])
    load_level(index.topics.level, state["topics"])
    for story_id, topic_id in state.get("story_topic", {}).items():
        index.topics.attach(story_id, topic_id)
    for raw in state["copies"]:
        index.copies.add(load_copy(raw))
    return index


def load_level(level: CentroidLevel, clusters: list[dict[str, Any]]) -> None:
    """Put saved clusters back into a level and its inverted index."""
    for raw in clusters:
        cluster = Cluster(**raw)
        level.clusters[cluster.id] = cluster
        level.index(cluster)


def load_copy(raw: dict[str, Any]) -> CopyKey:
    """A saved copy fingerprint."""
    tokens = np.frombuffer(base64.b64decode(raw["tokens"]), dtype="<u4").astype(np.uint32)
    return CopyKey(raw["id"], tokens, raw["title"], raw["day"], raw["seq"], raw["original_id"])
