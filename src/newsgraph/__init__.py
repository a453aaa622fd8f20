"""newsgraph: news articles in, a geocoded, source-linked record out."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["Article", "Pipeline", "analyze"]


def __getattr__(name: str) -> Any:
    # Lazy, so that `import newsgraph.model` does not load spaCy.
    if name == "Article":
        from newsgraph.model import Article

        return Article
    if name in ("Pipeline", "analyze"):
        from newsgraph import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
