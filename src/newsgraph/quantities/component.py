"""The spaCy component `newsgraph_quantities`: writes `doc._.ng_quantities`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp import doc_text, register_extensions
from newsgraph.quantities.extract import extract_quantities


class QuantityComponent:
    """Finds the quantities of a Doc (numbers with units, bounds, measured object, count type)."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.ng_quantities = extract_quantities(doc_text(doc), doc)
        return doc


@Language.factory("newsgraph_quantities", assigns=["doc._.ng_quantities"])
def make_quantities(nlp: Language, name: str) -> QuantityComponent:
    """spaCy factory: `nlp.add_pipe("newsgraph_quantities")` after the parser."""
    register_extensions()
    return QuantityComponent()
