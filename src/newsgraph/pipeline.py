"""The per-article path: raw document -> extracted text -> spaCy with our components -> Article.

`analyze()` is the one-article API; `Pipeline` processes batches with `nlp.pipe` and,
with `workers=N`, in N processes that each load spaCy and the gazetteer once.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import NewsgraphError
from newsgraph.extract import Extracted, extract_article
from newsgraph.ingest import RawDocument, decode_bytes, repair_mojibake
from newsgraph.model import Article
from newsgraph.nlp import load_nlp, make_input_doc
from newsgraph.settings import Settings

ENGLISH = "en"


@dataclass
class Failure:
    """An input that could not be analysed, with the reason as one line."""

    source: str
    reason: str
    raw_hash: Optional[str] = None


Result = Union[Article, Failure]


def article_id(url: Optional[str], title: Optional[str], body: str) -> str:
    """A stable id: the same URL, headline and body always give the same id."""
    key = "\n".join([url or "", title or "", body])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _prepare(raw: RawDocument, settings: Settings) -> tuple[Article, Optional[Extracted]]:
    """Decode and extract one raw document; raises NewsgraphError on bad input."""
    if raw.error:
        raise NewsgraphError(raw.error)
    content = raw.content
    if isinstance(content, bytes):
        content, _ = decode_bytes(content, limit=settings.max_input_bytes)
    elif content is None or not content.strip():
        raise NewsgraphError("input is empty: nothing to analyse")
    elif len(content) > settings.max_input_bytes:
        raise NewsgraphError(
            f"input is {len(content) / 1e6:.1f} M characters, over the limit: pass the article alone"
        )
    else:
        content = repair_mojibake(content)
    ex = extract_article(content, url=raw.url, published=raw.published)
    if len(ex.body) > settings.max_body_chars:
        raise NewsgraphError(
            f"article text is {len(ex.body):,} characters, over the {settings.max_body_chars:,} the "
            "language model takes: split it into its articles"
        )
    article = Article(
        id=article_id(raw.url, ex.title, ex.body),
        body=ex.body,
        url=raw.url,
        title=ex.title,
        published=ex.published,
        language=ex.language,
        furniture=ex.furniture,
        related=ex.related,
        metadata={**ex.metadata, "source": raw.source, "raw_hash": raw.raw_hash()},
    )
    if ex.language and ex.language != ENGLISH:
        article.status = "skipped"
        article.note = f"language detected as '{ex.language}', not English: facts not extracted"
        return article, None
    return article, ex


def _fill(article: Article, doc: Doc) -> Article:
    """Copy the components' facts from the Doc into the Article."""
    article.entities = doc._.ng_entities or []
    article.places = doc._.ng_places or []
    article.times = doc._.ng_times or []
    article.quantities = doc._.ng_quantities or []
    article.quotes = doc._.ng_quotes or []
    article.events = doc._.ng_events or []
    article.checks = doc._.ng_checks or []
    article.tone = doc._.ng_tone
    article.themes = doc._.ng_themes or []
    article.metadata["anchor_source"] = doc._.ng_anchor_source
    return article


class Pipeline:
    """Analyse batches of articles. Load once, then call `run()` or `analyze()` many times."""

    def __init__(self, settings: Optional[Settings] = None, *, workers: int = 1) -> None:
        self.settings = settings or Settings()
        self.workers = max(1, workers)
        self._nlp: Optional[Language] = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_nlp(self.settings.model, self.settings.components)
            self._nlp.max_length = self.settings.max_body_chars  # one limit: _prepare's check
        return self._nlp

    def analyze(
        self, text_or_html: str, *, url: Optional[str] = None, published: Optional[str] = None
    ) -> Article:
        """One article's text or HTML in, its Article out; raises NewsgraphError on bad input."""
        raw = RawDocument(source=url or "<text>", content=text_or_html, url=url, published=published)
        result = next(iter(self._run_batch([raw])))
        if isinstance(result, Failure):
            raise NewsgraphError(result.reason)
        return result

    def run(self, raws: Iterable[RawDocument]) -> Iterator[Result]:
        """Yield an Article or a Failure for every raw document, in input order."""
        chunks = _chunked(raws, self.settings.batch_size)
        if self.workers == 1:
            for chunk in chunks:
                yield from self._run_batch(chunk)
            return
        context = multiprocessing.get_context("spawn")  # no fork of a threaded parent
        with ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=_init_worker, initargs=(self.settings,)
        ) as pool:
            in_flight: deque[Future[list[Result]]] = deque()
            for chunk in chunks:  # a bounded window, so a huge input is never read at once
                in_flight.append(pool.submit(_worker_batch, chunk))
                if len(in_flight) > 2 * self.workers:
                    yield from in_flight.popleft().result()
            while in_flight:
                yield from in_flight.popleft().result()

    def _run_batch(self, raws: list[RawDocument]) -> list[Result]:
        results: list[Result] = []
        pending: list[tuple[int, Article, Doc]] = []
        for raw in raws:
            try:
                article, ex = _prepare(raw, self.settings)
            except NewsgraphError as exc:
                results.append(Failure(raw.source, str(exc), raw.raw_hash()))
                continue
            except Exception as exc:  # an extractor bug: record it, keep the batch
                reason = f"internal error while extracting ({type(exc).__name__}: {exc})"
                results.append(Failure(raw.source, reason, raw.raw_hash()))
                continue
            if ex is None:
                results.append(article)
                continue
            try:
                doc = make_input_doc(
                    self.nlp, ex.body, published=ex.published,
                    anchor_source=ex.published_source, title=ex.title,
                )
            except Exception as exc:  # a tokenizer bug: record it, keep the batch
                reason = f"internal error while tokenising ({type(exc).__name__}: {exc}); please report it"
                results.append(Failure(raw.source, reason, raw.raw_hash()))
                continue
            results.append(article)
            pending.append((len(results) - 1, article, doc))
        docs: list[Union[Doc, str]]
        try:
            docs = list(self.nlp.pipe([d for _, _, d in pending], batch_size=self.settings.batch_size))
        except Exception:  # a bug on one article must not lose the batch: redo one by one
            docs = [self._annotate_one(d) for _, _, d in pending]
        for (index, article, _), annotated in zip(pending, docs):
            if isinstance(annotated, str):
                results[index] = Failure(
                    article.metadata.get("source", article.id), annotated, article.metadata.get("raw_hash")
                )
            else:
                results[index] = _fill(article, annotated)
        return results

    def _annotate_one(self, doc: Doc) -> Union[Doc, str]:
        try:
            return self.nlp(doc)
        except Exception as exc:  # recorded as the article's failure reason
            return f"internal error while analysing ({type(exc).__name__}: {exc}); please report it"


def _chunked(items: Iterable[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    chunk: list[RawDocument] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_WORKER: Optional[Pipeline] = None


def _init_worker(settings: Settings) -> None:
    global _WORKER
    _WORKER = Pipeline(settings)
    _WORKER.nlp  # load spaCy and our components once per process


def _worker_batch(raws: list[RawDocument]) -> list[Result]:
    assert _WORKER is not None
    return _WORKER._run_batch(raws)


_DEFAULT: Optional[Pipeline] = None


def analyze(
    text_or_html: str, *, url: Optional[str] = None, published: Optional[str] = None
) -> Article:
    """Analyse one article (plain text or HTML) with a shared, lazily loaded Pipeline."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT.analyze(text_or_html, url=url, published=published)
