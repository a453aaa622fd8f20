"""Events: who did what to whom, where and when, coded in PLOVER, CAMEO, ACLED and GDELT terms.

The spaCy component `newsgraph_events` writes `doc._.ng_events`, a list of
`newsgraph.model.Event`. It reads, when present, what earlier stages wrote:
`ng_entities` (countries and sectors of actors), `ng_places` (event place),
`ng_times` (event date) and `ng_published` (anchor and stand-in date); each may be None.

Conventions (documented in the README's event section):
- `type` is a PLOVER event type, `mode` a PLOVER mode, `cameo` the 2-digit CAMEO root
  (string), `quad_class`/`goldstein` GDELT's, `acled_type`/`acled_subtype` ACLED's where
  its taxonomy covers the event.
- `actor_country`/`target_country` are ISO 3166-1 alpha-3 (as PLOVER records use);
  several participants are joined with "; " in `actor`/`target` and ";" in the codes.
- `modality` is "asserted" for things said to have happened; negated, hypothetical,
  conditional and future statements carry that label instead and are not asserted.
  An announced intention is itself an asserted event: "will withdraw" -> AGREE,
  "would blockade" -> THREATEN, "will not accept" -> REJECT, "X said Y must …" -> REQUEST.
- Talks that took place but failed are CONSULT with `mode="failed"` (modality stays
  "asserted": the talks happened).
- `time` is a time named in the sentence; when none is, the published date stands in
  (`time.anchor_source == "published"`, `time_precision` 2).
- `evidence` holds one span per sentence that tells the event; mentions of one event
  across sentences are merged.
- Link lines to other stories and sentences of a body printed twice are not coded
  (`headline.told_before`).
- An asserted soft act (AGREE, CONSULT, AID, CONCEDE) that names fewer than two
  sides is not published in the record (`precision.publishable`); `extract_drafts` keeps it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.events.actors import ActorWords, load_actor_words
from newsgraph.events.build import make_context, sentence_drafts
from newsgraph.events.drafts import Draft
from newsgraph.events.gates import informative
from newsgraph.events.headline import headline_first, told_before
from newsgraph.events.lexicon import Lexicon, load_lexicon
from newsgraph.events.merge import merge_mentions
from newsgraph.events.precision import publishable
from newsgraph.model import Event
from newsgraph.nlp import register_extensions

__all__ = ["EventCoder", "extract_drafts", "extract_events", "make_event_coder", "main_event"]


def extract_events(doc: Doc, lexicon: Lexicon | None = None, words: ActorWords | None = None) -> list[Event]:
    """The events an article's record shows (needs the tagger, parser and lemmatizer), in text
    order: every draft that passes the precision gate (`precision.publishable`)."""
    return [d.event for d in extract_drafts(doc, lexicon, words) if publishable(d)]


def extract_drafts(doc: Doc, lexicon: Lexicon | None = None, words: ActorWords | None = None) -> list[Draft]:
    """Every coded event with its trigger (for choosing a sentence's main event), in text order;
    not yet gated for publication."""
    lexicon = lexicon or load_lexicon()
    words = words or load_actor_words()
    ctx = make_context(doc, words)
    drafts = []
    skip_first = headline_first(doc)  # "Chiefland man stabbed." before the body tells it again
    seen: set[str] = set()
    for index, sent in enumerate(doc.sents):
        if (index or not skip_first) and not told_before(sent, seen):
            drafts.extend(sentence_drafts(sent, index, lexicon, ctx))
    return [d for d in merge_mentions(drafts)
            if informative(d.event.type, d.actors, d.targets, d.event.confidence, d.event.modality)]


def main_event(drafts: list[Draft]) -> Draft | None:
    """The event a one-sentence text is about: the asserted one nearest the parse root."""
    if not drafts:
        return None
    return min(drafts, key=lambda d: (d.event.modality != "asserted", d.depth, d.trigger.i))


class EventCoder:
    """The `newsgraph_events` component: writes `doc._.ng_events`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lexicon = load_lexicon()
        self.words = load_actor_words()
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.ng_events = extract_events(doc, self.lexicon, self.words)
        return doc


@Language.factory(
    "newsgraph_events",
    requires=["token.lemma", "token.dep", "token.pos"],
    assigns=["doc._.ng_events"],
)
def make_event_coder(nlp: Language, name: str) -> EventCoder:
    """spaCy factory for the event coder (`nlp.add_pipe("newsgraph_events")`)."""
    return EventCoder(nlp, name)
