"""How far word overlap can take ECB+'s 43-topic level, given perfect sub-event stories.

Issue 6 asks for B-cubed F1 >= 0.95 at the topic level. Each ECB+ topic joins two
different incidents of the same kind (two celebrities entering rehab, two earthquakes in
California), so a topic is found only by linking the two sub-event stories. This script
measures the best any word-overlap linker could do: it starts from the 86 GOLD sub-event
clusters (better than any clustering), takes the centroid of their documents' TF-IDF
vectors (global statistics, not incremental) as each sub-event's vector, links them by
agglomerative clustering (single, average and complete linkage) and reports the best
B-cubed F1 over every distance threshold, i.e. with the threshold tuned on the answer. It
also reports how many sub-events have their sibling as nearest neighbour, and a linker
that joins only mutual nearest neighbours: that one can only ever form pairs, so it knows
ECB+'s layout (two sub-events a topic), which real news does not have; it is reported
apart.

Needs the test extra (scikit-learn, scipy). Not used by the product.

Run: python -m newsgraph.eval.stories_ceiling ../shared/data/stories/ecbplus
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import numpy as np

from newsgraph.eval.stories import b_cubed, load_ecbplus

THRESHOLDS = np.arange(0.30, 1.00, 0.01)


def ceiling(data: Path) -> dict:
    """Best topic B-cubed F1 of word-overlap linking over gold sub-events, per setting."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = load_ecbplus(data)
    members: dict[str, list[int]] = defaultdict(list)
    for index, doc in enumerate(docs):
        members[doc.cluster].append(index)
    names = sorted(members)
    gold = [doc.topic for doc in docs]
    result: dict = {"documents": len(docs), "sub_events": len(names), "settings": {}}
    for sublinear in (False, True):
        matrix = TfidfVectorizer(stop_words="english", sublinear_tf=sublinear, min_df=2).fit_transform(
            [doc.text for doc in docs])
        centroids = np.array([np.asarray(matrix[members[name]].mean(axis=0)).ravel() for name in names])
        centroids /= np.linalg.norm(centroids, axis=1, keepdims=True)
        similarity = centroids @ centroids.T
        np.fill_diagonal(similarity, -1.0)
        topic = [name.split("-")[0] for name in names]
        nearest = sum(topic[int(np.argmax(row))] == topic[i] for i, row in enumerate(similarity))
        distance = squareform(np.clip(1.0 - similarity, 0.0, None) * (1 - np.eye(len(names))), checks=False)
        for method in ("single", "average", "complete"):
            tree = linkage(distance, method)
            best = max((b_cubed(gold, [str(dict(zip(names, fcluster(tree, t, "distance")))[d.cluster])
                                       for d in docs])[2], round(float(t), 2)) for t in THRESHOLDS)
            result["settings"][f"{method}, sublinear tf {sublinear}"] = {
                "best_topic_f1": round(best[0], 4), "at_distance": best[1]}
        pairs = max((b_cubed(gold, [str(label) for label in _pair_labels(similarity, t, names, docs)])[2],
                     round(float(t), 2)) for t in 1.0 - THRESHOLDS)
        result["settings"][f"mutual nearest pairs only, sublinear tf {sublinear}"] = {
            "best_topic_f1": round(pairs[0], 4), "at_similarity": pairs[1]}
        result[f"sibling_is_nearest_neighbour (sublinear tf {sublinear})"] = f"{nearest} of {len(names)}"
    return result


def _pair_labels(similarity: np.ndarray, threshold: float, names: list[str], docs: list) -> list[str]:
    """Each document's topic when sub-events join only their mutual nearest neighbour above
    `threshold` (so topics are single sub-events or pairs)."""
    nearest = similarity.argmax(axis=1)
    label = {name: name for name in names}
    for i, j in enumerate(nearest):
        if nearest[j] == i and i < j and similarity[i, j] > threshold:
            label[names[j]] = names[i]
    return [label[doc.cluster] for doc in docs]


def main(argv: list[str] | None = None) -> None:
    """Command line: print the ceilings as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the ecbplus folder (holding ECBplus.tar.gz)")
    print(json.dumps(ceiling(parser.parse_args(argv).data), indent=2))


if __name__ == "__main__":
    main()
