"""Near-duplicates and republications: MinHash LSH over word shingles, then a check of
what differs between the two copies (headline only, light edits, or word swaps such as a
body run through a synonym-swapping tool).

Tokens are kept as stable 32-bit hashes (crc32), so a copy's fingerprint is a small
numpy array and the state can be saved and loaded across processes.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Iterable, Optional

import numpy as np
from datasketch import MinHash, MinHashLSH

from newsgraph.stories.text import words

NUM_PERM = 64
SHINGLE = 3
LSH_THRESHOLD = 0.3
VOCAB_LSH_THRESHOLD = 0.5
MIN_TOKENS = 8
MIN_VOCAB_JACCARD = 0.45
SMALL_EDIT = 3
P1 = np.uint64(2_654_435_761)
P2 = np.uint64(40_503)
MASK = np.uint64(0xFFFFFFFF)


@dataclass
class CopyKey:
    """What a copy keeps in memory: token hashes, a title key, its date and its group."""

    id: str
    tokens: np.ndarray
    title: str
    day: Optional[int]
    seq: int
    original_id: str
    vocab: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.uint32))

    def __post_init__(self) -> None:
        if len(self.vocab) == 0 and len(self.tokens):
            self.vocab = np.unique(self.tokens)


@dataclass
class CopyMatch:
    """An earlier copy of an article: which one, how it differs, how close it is."""

    duplicate_of: str
    kind: str
    similarity: float
    original_id: str


def token_hashes(text: str) -> np.ndarray:
    """The crc32 of each lower-cased word of `text`, as a uint32 array."""
    return np.array([zlib.crc32(w.encode()) for w in words(text)], dtype=np.uint32)


def shingle_hashes(tokens: np.ndarray, size: int = SHINGLE) -> np.ndarray:
    """Unique 32-bit hashes of the word `size`-grams of a token-hash array."""
    if len(tokens) < size:
        return np.unique(tokens.astype(np.uint64))
    t = tokens.astype(np.uint64)
    h = t[: len(t) - size + 1].copy()
    for k in range(1, size):
        h = (h * P1 + t[k : len(t) - size + 1 + k] * P2 + np.uint64(k)) & MASK
    return np.unique(h)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two unique sorted arrays."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


@dataclass
class EditProfile:
    """How two token sequences line up: tokens kept, swapped one-for-a-few, other changes."""

    kept: float
    swapped: float
    swaps: int


def edit_profile(a: np.ndarray, b: np.ndarray) -> EditProfile:
    """Shares (of the longer copy) of tokens kept in place and swapped in small runs."""
    matcher = SequenceMatcher(None, a.tolist(), b.tolist(), autojunk=False)
    longest = max(len(a), len(b))
    kept = swapped = swaps = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            kept += i2 - i1
        elif op == "replace" and i2 - i1 <= SMALL_EDIT and j2 - j1 <= SMALL_EDIT:
            swapped += max(i2 - i1, j2 - j1)
            swaps += 1
    return EditProfile(kept / longest, swapped / longest, swaps)


def is_word_swap(p: EditProfile) -> bool:
    """Many scattered one-word swaps over an otherwise kept text: a spun copy."""
    return p.swaps >= 3 and p.swapped >= 0.08 and p.kept >= 0.35 and p.kept + p.swapped >= 0.85


def classify_copy(new: CopyKey, old: CopyKey) -> Optional[tuple[str, float]]:
    """How `new` differs from `old` (kind, similarity), or None when it is no copy."""
    a, b = new.tokens, old.tokens
    if len(a) == len(b) and np.array_equal(a, b):
        return ("exact" if new.title == old.title else "headline_only"), 1.0
    if min(len(a), len(b)) < MIN_TOKENS or min(len(a), len(b)) / max(len(a), len(b)) < 0.6:
        return None
    if jaccard(new.vocab, old.vocab) < MIN_VOCAB_JACCARD:
        return None
    profile = edit_profile(a, b)
    if is_word_swap(profile):
        return "word_swap", profile.kept + profile.swapped
    if profile.kept >= 0.8:
        return "light_edits", profile.kept
    return None


def _identity(value: int) -> int:
    return value


def title_key(title: Optional[str]) -> str:
    """A headline reduced to its lower-cased words."""
    return " ".join(words(title or ""))


@dataclass
class NearDuplicates:
    """Finds earlier copies of an article among the copies kept in the time window."""

    num_perm: int = NUM_PERM
    threshold: float = LSH_THRESHOLD
    copies: dict[str, CopyKey] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)
        self.vocab_lsh = MinHashLSH(threshold=VOCAB_LSH_THRESHOLD, num_perm=self.num_perm)
        self._perm = MinHash(num_perm=self.num_perm, seed=1).permutations

    def key(self, doc_id: str, title: Optional[str], body: str, day: Optional[int],
            seq: int) -> CopyKey:
        """The fingerprint of one article (not yet added)."""
        return CopyKey(doc_id, token_hashes(body), title_key(title), day, seq, doc_id)

    def minhash(self, key: CopyKey, vocab: bool = False) -> MinHash:
        """The MinHash of a copy's word shingles (or of its word set, for spun copies)."""
        shingles = key.vocab if vocab else shingle_hashes(key.tokens)
        mh = MinHash(num_perm=self.num_perm, seed=1, permutations=self._perm,
                     hashfunc=_identity, scheme="affine32")
        if len(shingles):
            mh.update_batch(shingles.tolist())
        return mh

    def find(self, key: CopyKey, extra: Iterable[str] = ()) -> Optional[CopyMatch]:
        """The closest earlier copy of `key`: LSH candidates plus `extra` ids to check."""
        candidates: set[str] = set()
        if len(key.tokens):
            candidates.update(self.lsh.query(self.minhash(key)))
            candidates.update(self.vocab_lsh.query(self.minhash(key, vocab=True)))
        candidates.update(c for c in extra if c in self.copies)
        best: Optional[CopyMatch] = None
        for cid in sorted(candidates):
            found = classify_copy(key, self.copies[cid])
            if found and (best is None or found[1] > best.similarity):
                best = CopyMatch(cid, found[0], found[1], self.copies[cid].original_id)
        return best

    def add(self, key: CopyKey, match: Optional[CopyMatch] = None) -> str:
        """Keep `key`; returns the id of its group's likely original (earliest dated copy)."""
        if match is not None:
            key.original_id = self.earliest(key, match.original_id)
            if key.original_id != match.original_id:
                self.rename_original(match.original_id, key.original_id)
        self.copies[key.id] = key
        if len(key.tokens):
            self.lsh.insert(key.id, self.minhash(key), check_duplication=False)
            self.vocab_lsh.insert(key.id, self.minhash(key, vocab=True), check_duplication=False)
        return key.original_id

    def earliest(self, key: CopyKey, original_id: str) -> str:
        """`key.id` when it is dated before the group's original, else `original_id`."""
        old = self.copies.get(original_id)
        if old is not None and key.day is not None and old.day is not None and key.day < old.day:
            return key.id
        return original_id

    def rename_original(self, old_id: str, new_id: str) -> None:
        """Point every kept copy of group `old_id` at its new original `new_id`."""
        for copy in self.copies.values():
            if copy.original_id == old_id:
                copy.original_id = new_id

    def remove(self, doc_id: str) -> None:
        """Forget a copy that left the time window."""
        copy = self.copies.pop(doc_id, None)
        if copy is not None and len(copy.tokens):
            self.lsh.remove(doc_id)
            self.vocab_lsh.remove(doc_id)
