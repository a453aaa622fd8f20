"""Related stories: other open stories that share real content with an article.

A story is related only when it shares at least one named entity, or a place together
with an event, when those shared facts carry real weight in the article (a passing
mention of a news agency is not enough), and when its overall similarity clears a floor:
topical words alone ("war", "court") never make two stories related, so teasers for
unrelated stories are never listed. A nationality or other group ("norp:chinese") is no
such entity: like a country, it says where a story happens, not who is in it, so a plague
in China and a trade war with China are not related by "Chinese" and "China" alone. Nor is
a wire agency ("AP", "Reuters"): it says who carried the news, not what it is about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.stories.model import RelatedStory

FACT_PREFIXES = ("e:", "p:", "v:")
GROUP_PREFIX = "norp:"  # entity ids of nationalities, religions and parties (see newsgraph.entities)
WIRE_AGENCIES = frozenset(f"org:{name}" for name in (
    "ap", "associated-press", "reuters", "afp", "agence-france-presse", "xinhua", "efe", "dpa",
    "upi", "united-press-international", "tass", "interfax", "kyodo", "yonhap", "anadolu", "ansa",
    "press-association", "pa-media", "bernama", "pti", "press-trust-of-india"))

if TYPE_CHECKING:
    from newsgraph.stories.cluster import DocFeatures, StoryIndex


def shared_features(vector: dict[str, float], centroid: dict[str, float], prefix: str) -> list[str]:
    """The values of `prefix` features present in both, heaviest in the article first."""
    shared = [t for t in vector if t.startswith(prefix) and t in centroid]
    shared.sort(key=lambda t: (-vector[t], t))
    return [t[len(prefix):] for t in shared]


def shared_weight(vector: dict[str, float], centroid: dict[str, float]) -> float:
    """How much of the article's vector the facts shared with a story account for."""
    return sum(w for t, w in vector.items() if t[:2] in FACT_PREFIXES and t in centroid)


def related_stories(feats: "DocFeatures", ranked: list[tuple[str, float]], own_story: str,
                    index: "StoryIndex") -> list[RelatedStory]:
    """The top related stories of an article, best first, each with what it shares."""
    cfg = index.config
    found: list[RelatedStory] = []
    for story_id, score in ranked:
        if len(found) >= cfg.related_top or score < cfg.related_min:
            break
        if story_id == own_story:
            continue
        centroid = index.stories.clusters[story_id].centroid
        rel = RelatedStory(story_id, round(score, 4),
                           shared_features(feats.vector, centroid, "e:"),
                           shared_features(feats.vector, centroid, "p:"),
                           shared_features(feats.vector, centroid, "v:"))
        named = [e for e in rel.entities if not e.startswith(GROUP_PREFIX) and e not in WIRE_AGENCIES]
        if (named or (rel.places and rel.events)) and \
                shared_weight(feats.vector, centroid) >= cfg.related_min_shared:
            found.append(rel)
    return found
