"""newsgraph: news articles in, a geocoded, source-linked record out."""

from newsgraph.model import Article
from newsgraph.pipeline import Pipeline, analyze

__all__ = ["Article", "Pipeline", "analyze"]
__version__ = "0.1.0"
