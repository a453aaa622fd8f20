"""One level of incremental centroid clustering over sparse unit vectors.

A cluster is the running sum of its members' vectors, cut to its heaviest features and
posted in an inverted index, so scoring a new vector touches only clusters that share a
feature with it. After a vector joins, the cluster is compared with its neighbours and
merged with one that has grown close enough: arrival order matters less, and nothing is
ever re-clustered wholesale. Stories and the broader topics are two such levels.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from newsgraph.stories.text import cosine

MERGE_QUERY_TERMS = 60
MERGE_CANDIDATES = 3


@dataclass(frozen=True)
class LevelConfig:
    """Thresholds of one clustering level."""

    prefix: str
    join_threshold: float
    merge_threshold: float
    window_days: int
    max_terms: int = 200
    max_postings: int = 2000
    member_weight: float = 1.0
    member_candidates: int = 3
    member_last: int = 20
    member_floor: float = 0.5
    place_gate: float = 0.0


@dataclass
class Cluster:
    """An open cluster: its running feature sum, its dates and its members."""

    id: str
    first_day: Optional[int]
    last_day: Optional[int]
    last_seq: int
    size: int = 0
    centroid: dict[str, float] = field(default_factory=dict)
    norm: float = 1.0
    members: list[str] = field(default_factory=list)

    def unit(self) -> dict[str, float]:
        """The centroid scaled to unit length."""
        return {t: w / self.norm for t, w in self.centroid.items()}


class CentroidLevel:
    """Incremental clusters of one level (see the module docstring)."""

    def __init__(self, config: LevelConfig, vectors: dict[str, dict[str, float]]) -> None:
        self.config = config
        self.vectors = vectors
        self.clusters: dict[str, Cluster] = {}
        self.postings: dict[str, dict[str, float]] = defaultdict(dict)

    def rank(self, vector: dict[str, float], day: Optional[int],
             exclude: str = "") -> list[tuple[str, float]]:
        """Open clusters sharing a feature with `vector`, best cosine first."""
        scores: dict[str, float] = defaultdict(float)
        for term, weight in vector.items():
            posting = self.postings.get(term)
            if not posting or len(posting) > self.config.max_postings:
                continue
            for cid, cweight in posting.items():
                scores[cid] += weight * cweight
        ranked = [(cid, s) for cid, s in scores.items()
                  if cid != exclude and self.in_window(self.clusters[cid], day)]
        ranked.sort(key=lambda kv: (-kv[1], kv[0]))
        return ranked

    def rank_doc(self, vector: dict[str, float], day: Optional[int]) -> list[tuple[str, float]]:
        """`rank`, with the best clusters also scored by their closest recent member."""
        ranked = self.rank(vector, day)
        cfg = self.config
        if cfg.member_weight <= 0:
            return ranked
        floor = cfg.member_floor * cfg.join_threshold
        head = [(cid, max(s, cfg.member_weight * self.closest_member(vector, cid))
                 if floor <= s < cfg.join_threshold else s)
                for cid, s in ranked[: cfg.member_candidates]]
        head.sort(key=lambda kv: (-kv[1], kv[0]))
        return head + ranked[cfg.member_candidates :]

    def closest_member(self, vector: dict[str, float], cid: str) -> float:
        """Highest cosine between `vector` and a recent member of cluster `cid`."""
        members = self.clusters[cid].members[-self.config.member_last :]
        return max((cosine(vector, self.vectors[m]) for m in members if m in self.vectors),
                   default=0.0)

    def in_window(self, cluster: Cluster, day: Optional[int]) -> bool:
        """Whether an item of `day` may join `cluster` (undated ones always may)."""
        if day is None or cluster.last_day is None or cluster.first_day is None:
            return True
        window = self.config.window_days
        return cluster.first_day - window <= day <= cluster.last_day + window

    def choose(self, ranked: list[tuple[str, float]], new_id: str) -> tuple[str, float]:
        """The cluster to join (best above threshold) or `new_id`, with its score."""
        if ranked and ranked[0][1] >= self.config.join_threshold:
            return ranked[0]
        return new_id, 1.0

    def places_conflict(self, a: dict[str, float], b: dict[str, float]) -> bool:
        """Whether both unit vectors name places with real weight and share none of them.

        "Real weight": the place features make up at least `place_gate` of each vector's
        weight; 0 turns the check off. Keeps same-kind events in different regions apart.
        """
        gate = self.config.place_gate
        if gate <= 0:
            return False
        pa = {t: w for t, w in a.items() if t.startswith("p:")}
        pb = {t: w for t, w in b.items() if t.startswith("p:")}
        if sum(pa.values()) < gate or sum(pb.values()) < gate:
            return False
        return not (pa.keys() & pb.keys())

    def join(self, cid: str, doc_id: str, vector: dict[str, float], day: Optional[int],
             seq: int) -> list[tuple[str, str]]:
        """Add a member to cluster `cid` (opening it if new); returns merges (gone, kept)."""
        cluster = self.clusters.get(cid)
        if cluster is None:
            cluster = self.clusters[cid] = Cluster(cid, day, day, seq)
        self.unindex(cluster)
        for term, weight in vector.items():
            cluster.centroid[term] = cluster.centroid.get(term, 0.0) + weight
        cluster.size += 1
        cluster.members.append(doc_id)
        self.touch(cluster, day, seq)
        self.trim(cluster)
        self.index(cluster)
        return self.merge_neighbours(cluster, seq)

    @staticmethod
    def touch(cluster: Cluster, day: Optional[int], seq: int) -> None:
        """Stretch the cluster's dates to cover `day` and mark it active at `seq`."""
        cluster.last_seq = max(cluster.last_seq, seq)
        if day is None:
            return
        cluster.first_day = day if cluster.first_day is None else min(cluster.first_day, day)
        cluster.last_day = day if cluster.last_day is None else max(cluster.last_day, day)

    def merge_neighbours(self, cluster: Cluster, seq: int) -> list[tuple[str, str]]:
        """Merge `cluster` with its closest open neighbour while they are close enough."""
        merges: list[tuple[str, str]] = []
        while self.config.merge_threshold < 1.0:
            other = self.closest_cluster(cluster)
            if other is None:
                break
            kept, gone = self.older_first(cluster, other)
            self.absorb(kept, gone, seq)
            merges.append((gone.id, kept.id))
            cluster = kept
        return merges

    def closest_cluster(self, cluster: Cluster) -> Optional[Cluster]:
        """The open cluster whose centre is within the merge threshold of `cluster`'s, if any.

        Candidates come from the cluster's heaviest features; the exact cosine decides.
        """
        unit = cluster.unit()
        head = dict(sorted(unit.items(), key=lambda kv: (-kv[1], kv[0]))[: MERGE_QUERY_TERMS])
        best, best_score = None, self.config.merge_threshold
        for cid, _ in self.rank(head, cluster.last_day, exclude=cluster.id)[:MERGE_CANDIDATES]:
            other = self.clusters[cid]
            other_unit = other.unit()
            score = cosine(unit, other_unit)
            if score >= best_score and not self.places_conflict(unit, other_unit):
                best, best_score = other, score
        return best

    @staticmethod
    def older_first(a: Cluster, b: Cluster) -> tuple[Cluster, Cluster]:
        """The larger cluster (older on ties) survives a merge; the other is absorbed."""
        if (a.size, -a.last_seq) >= (b.size, -b.last_seq):
            return a, b
        return b, a

    def absorb(self, kept: Cluster, gone: Cluster, seq: int) -> None:
        """Move every member and feature of `gone` into `kept`."""
        self.unindex(kept)
        self.unindex(gone)
        del self.clusters[gone.id]
        for term, weight in gone.centroid.items():
            kept.centroid[term] = kept.centroid.get(term, 0.0) + weight
        kept.size += gone.size
        kept.members.extend(gone.members)
        self.touch(kept, gone.first_day, seq)
        self.touch(kept, gone.last_day, seq)
        self.trim(kept)
        self.index(kept)

    def trim(self, cluster: Cluster) -> None:
        """Keep the cluster's heaviest features and recompute its norm."""
        limit = self.config.max_terms
        if len(cluster.centroid) > limit:
            top = sorted(cluster.centroid.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
            cluster.centroid = dict(top)
        cluster.norm = math.sqrt(sum(v * v for v in cluster.centroid.values())) or 1.0

    def index(self, cluster: Cluster) -> None:
        """Post the cluster's features into the inverted index."""
        for term, weight in cluster.centroid.items():
            self.postings[term][cluster.id] = weight / cluster.norm

    def unindex(self, cluster: Cluster) -> None:
        """Take the cluster's features out of the inverted index."""
        for term in cluster.centroid:
            posting = self.postings.get(term)
            if posting is not None:
                posting.pop(cluster.id, None)
                if not posting:
                    del self.postings[term]

    def close(self, cid: str) -> Cluster:
        """Drop a cluster from memory and return it."""
        cluster = self.clusters.pop(cid)
        self.unindex(cluster)
        return cluster
