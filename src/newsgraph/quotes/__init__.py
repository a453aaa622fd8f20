"""Who said what: `newsgraph_quotes` writes `doc._.ng_quotes` (a list of `newsgraph.model.Quote`).

Direct quotes come from a regex scan of the quotation marks (`marks`), so odd numbers
of marks, quotes continued over paragraphs and nested single quotes never break
anything. Each quote gets its cue and speaker from the tokens around it and the
dependency parse (`attribution`); the speaker mention, as written ("he", "the Ukrainian
leader", "Zelensky"), is resolved to an entity of `doc._.ng_entities` (`speakers`):
run `newsgraph_entities` first, or speakers keep their text without an entity.

A quote with no cue of its own takes the attribution of the quote it continues:
- the open quote of the previous paragraph it carries on (news convention);
- an attributed quote before it in the same paragraph ("“…,” he said. “…”");
- for a paragraph that opens with a quote, the last attributed quote of the previous
  paragraph; else the next attributed quote in the same paragraph.
A quoted sentence with no cue right after a reported one in its paragraph takes that
report's speaker ("His agent said the claim was false. “They are …”"), also when it had
inherited from a quote before that report and the report names someone else in so many
words ("“A,” Roe said. … according to Poe. “B”": Poe's, and so are the quotes that inherited
with it).
It keeps that quote's cue, so all the pieces of one attribution share one cue span.
A quote with no closing mark that the next opening mark cuts short carries on only across
the rest of its sentence, never takes the next quote's cue, and is no quote at all when it
runs over several sentences or reports in the third person what someone named said (a
misplaced or garbled mark: the stretch is narration). A quote after a colon takes nothing
from a quote of another sentence ("a cheer went up: “We are …!”").
Quotes with no attribution at all (scare quotes, titles) are left out; a few quoted words
inside the writer's sentence ("had “moved.”", "traditional (“tribal”) councils") take no
attribution from a quote of another sentence. A direct quote's
span is the quoted words, without the marks and the comma before the cue.

Indirect attributions ("X said (that) …", "according to X, …") come from the parse
(`indirect`), with kind="indirect" and the reported content as the span; a content the
cue sits inside ("Many closures, he said, have …") gives two pieces sharing the cue.

A quoted fragment inside a reported clause ("he said it was his “duty” to report") is
one record of kind="mixed" (the clause with its marks, the clause's cue and speaker), not
a direct and an indirect record. Indirect attributions that are the writer's own voice
or name no source are dropped (`sources`), and so are the reader's ("you wonder …"), the
writer's "let's say …", imperatives ("note that …") and speakerless noun-phrase contents. A quote right after "the word", "the term",
"so-called" … is a mention, not a quotation.

Confidence: 0.9 for a named speaker, 0.8 for one resolved from a pronoun or a
description, 0.7 for a quote that inherits its attribution, 0.6 when the speaker stays
unresolved and for reported clauses, 0.4 for contents that are only a noun phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.model import Quote, Span, Speaker
from newsgraph.nlp import doc_text, register_extensions
from newsgraph.quotes.attribution import Cue, find_cue
from newsgraph.quotes.embeds import embedded_posts, signed_quotes
from newsgraph.quotes.indirect import content_pieces, find_indirect
from newsgraph.quotes.lexicon import CONTENT_NOUNS, FIRST_PERSON, GROUP_PRONOUNS, PERSON_PRONOUNS, SPEECH_VERBS
from newsgraph.quotes.sources import INTENT_VERBS, SPEECH_ACT_VERBS
from newsgraph.quotes.marks import QuoteSpan, find_quote_spans, paragraphs
from newsgraph.quotes.speakers import EntityIndex, make_speaker

__all__ = ["QuotesComponent", "extract_quotes", "find_quote_spans", "make_quotes"]

TITLE_WORD = re.compile(r"[\w’'\-]+")
TITLE_SMALL_WORDS = frozenset("a an the of and or with in on at for to by from vs".split())
CONFIDENCE_NAMED = 0.9
CONFIDENCE_RESOLVED = 0.8
CONFIDENCE_UNRESOLVED = 0.6
CONFIDENCE_INHERITED = 0.7
CONFIDENCE_INDIRECT = 0.6
CONFIDENCE_NOMINAL = 0.4  # indirect content that is only a noun phrase ("criticized the deal")


@dataclass
class _Piece:
    """A quoted span with its token range and, once found, its attribution."""

    span: QuoteSpan
    tokens: tuple[int, int]
    cue: Optional[Span] = None
    speaker: Optional[Speaker] = None
    confidence: float = 0.0
    inherited: bool = False
    excluded: bool = False  # a title or a scare quote: never a quotation


def extract_quotes(doc: Doc) -> list[Quote]:
    """Direct quotes and indirect attributions of a parsed Doc, in text order."""
    text = doc_text(doc)
    spans = find_quote_spans(text)
    starts = doc.to_array("IDX").tolist() if len(doc) else []
    pieces = [_Piece(s, _token_range(starts, s.start, s.end)) for s in spans]
    pieces = [p for p in pieces if not _stray(doc, p) and not _narration(doc, p)]
    quoted = _quoted_mask(len(doc), pieces)
    index = EntityIndex(doc, quoted)
    for piece in pieces:
        if (
            looks_like_title(text, piece.span) or _after_so_called(text, piece.span)
            or _names_a_thing(text, piece.span, doc, piece.tokens[1]) or _after_naming_participle(doc, piece.tokens[0])
            or _short_title(text, piece.span, doc, piece.tokens[0]) or _quote_as_subject(text, piece.span, doc, piece.tokens[1])
        ):
            piece.excluded = True
            continue
        inner_end = piece.span.inner[1]
        ends_sentence = (piece.span.closed or not piece.span.open_at_end) and text[inner_end - 1 : inner_end] == "."
        cue = find_cue(doc, piece.tokens[0], piece.tokens[1], quoted, ends_sentence)
        if cue is not None and _writer(cue):
            piece.excluded = True  # "I was telling myself, “…”", "We called it “…”": the writer's own words
        elif cue is not None:
            _attribute(doc, piece, cue, index)
    _inherit(text, pieces, doc)
    indirect = _indirect(doc, quoted, index)
    _follow_reported(doc, text, pieces, indirect)
    direct = [_direct(text, p) for p in pieces if p.cue is not None and not _in_intent(doc, text, p)]
    quotes = _merge_mixed(text, direct, indirect)
    posts = list(embedded_posts(doc, index)) + list(signed_quotes(doc, index))
    quotes = [q for q in quotes if not any(p.start <= q.start and q.end <= p.end for p in posts)] + posts
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


def looks_like_title(text: str, span: QuoteSpan) -> bool:
    """A short run of capitalised words that does not end a sentence: a show, a book, a
    slogan ("on CNN's “State of the Union,”"), not a quotation."""
    inner = text[slice(*span.inner)].strip()
    if inner.endswith(".") and len(inner.split()) <= 8 and not inner.endswith(".."):
        inner = inner[:-1]  # "their podcast “Beyond Finances.”": the sentence's full stop, put inside
    if not inner or inner.rstrip(",;:")[-1:] in ".?!":
        return False
    words = TITLE_WORD.findall(inner)
    content = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    if len(words) > 8 or len(content) < 2:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content)


TITLE_WORDS = 4


def _short_title(text: str, span: QuoteSpan, doc: Doc, first: int) -> bool:
    """One to four capitalised words quoted inside a sentence, after a noun or a
    preposition, not a verb ("his book “Insomnia”", "the set of “Fargo,”", "(“Rain,” …)"):
    a title, not a quotation. "“Yes,” he said" opens its sentence; "replied “No”" follows a verb."""
    inner = text[slice(*span.inner)].strip().rstrip(",")
    words = TITLE_WORD.findall(inner)
    if not span.closed or not words or len(words) > TITLE_WORDS or inner[-1:] in ".?!":
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words):
        return False
    before = text[text.rfind("\n", 0, span.start) + 1 : span.start].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] == "("):
        return False
    previous = doc[first - 1] if first > 0 else None
    return previous is None or previous.pos_ not in ("VERB", "AUX")


FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP"})


def _quote_as_subject(text: str, span: QuoteSpan, doc: Doc, after: int) -> bool:
    """ "“Meth. We're on it” is rolling out with TV ads": a short quote opening its sentence
    and followed at once by a finite verb that is no verb of saying is the subject talked
    about (a slogan, a title), not words said."""
    if not span.closed or len(text[slice(*span.inner)].split()) > 8 or after >= len(doc):
        return False
    before = text[max(0, span.start - 3) : span.start].strip()
    if before and before[-1] not in ".!?\n":
        return False
    verb = doc[after]
    if text[span.end : verb.idx].strip() or verb.tag_ not in FINITE_TAGS:
        return False
    return verb.lemma_.lower() not in SPEECH_VERBS


MENTION_NOUNS = ("so-called", "word", "words", "term", "terms", "phrase", "phrases", "name", "names", "title", "label", "slogan", "hashtag")
_LAST_WORD = re.compile(r"([\w\-]+)[ \t,:]*$")  # right before the mark: not across a sentence end or a line


def _after_so_called(text: str, span: QuoteSpan) -> bool:
    """ "the so-called “deal”", "the word “We”", "the phrase “…”": a mention, not a quotation."""
    m = _LAST_WORD.search(text[max(0, span.start - 20) : span.start])
    return m is not None and m.group(1).lower() in MENTION_NOUNS


NAMING_PARTICIPLES = frozenset("call name dub term label brand nickname title know".split())


def _after_naming_participle(doc: Doc, first: int) -> bool:
    """ "HP is called “feather duvet lung”", "what's called “farmer's lung”", "a drug
    known as “spice”": a name given with no one giving it (a passive or participle with
    no agent), not a quotation. "Trump has called it a “disgrace”" keeps its subject."""
    i = first - 1
    if i >= 0 and doc[i].lower_ == "as":
        i -= 1
    if i < 0 or doc[i].tag_ != "VBN" or doc[i].lemma_.lower() not in NAMING_PARTICIPLES:
        return False
    return not any(c.dep_ in ("nsubj", "agent") for c in doc[i].children)


# Nouns a short quoted phrase can name: "the “one country, two systems” formula".
NAMED_THINGS = frozenset({
    "formula", "policy", "approach", "principle", "doctrine", "strategy", "rule", "law", "campaign",
    "movement", "slogan", "model", "framework", "system", "label", "tag", "mantra", "agenda",
    "plan", "programme", "program", "initiative", "scheme", "theory", "concept", "narrative", "era",
})
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")


def _names_a_thing(text: str, span: QuoteSpan, doc: Optional[Doc] = None, after: Optional[int] = None) -> bool:
    """A short quote that modifies the noun after it ("the “zero tolerance” policy", "a
    “phase one” trade deal", "his “tough on China” stance"): a name, not a quotation."""
    if not span.closed or len(text[slice(*span.inner)].split()) > 6:
        return False
    m = _NEXT_WORD.match(text, span.end)
    if m is not None and m.group(1) in NAMED_THINGS:
        return True
    if doc is None or after is None or after >= len(doc) or m is None:
        return False
    before = _DETERMINER_BEFORE.search(text, max(0, span.start - 12), span.start)
    return before is not None and doc[after].pos_ == "NOUN" and doc[after].text == m.group(1)


_DETERMINER_BEFORE = re.compile(r"(?:\b(?:a|an|the|his|her|its|their|our|this|that)|['’]s)[ \t]+$", re.IGNORECASE)


def _token_range(starts: list[int], start: int, end: int) -> tuple[int, int]:
    """Tokens whose first character lies in [start, end)."""
    return bisect_left(starts, start), bisect_left(starts, end)


def _quoted_mask(n_tokens: int, pieces: list[_Piece]) -> list[bool]:
    mask = [False] * n_tokens
    for p in pieces:
        for i in range(*p.tokens):
            mask[i] = True
    return mask


def _attribute(doc: Doc, piece: _Piece, cue: Cue, index: EntityIndex) -> None:
    cue_span = doc[cue.start : cue.end]
    piece.cue = Span(cue_span.start_char, cue_span.end_char, cue_span.text)
    if cue.speaker is None:
        piece.confidence = CONFIDENCE_UNRESOLVED
        return
    piece.speaker = make_speaker(doc, cue.speaker, index)
    named = index.entity_of(cue.speaker) is not None
    resolved = piece.speaker.entity is not None
    piece.confidence = CONFIDENCE_NAMED if named else CONFIDENCE_RESOLVED if resolved else CONFIDENCE_UNRESOLVED


def _writer(cue: Cue) -> bool:
    """The cue's speaker is the writer or the reader ("I", "we", "you" outside the quote marks)."""
    return cue.speaker is not None and writer_or_reader(cue.speaker)


SECOND_PERSON = frozenset({"you", "ya"})


def writer_or_reader(head: Token) -> bool:
    """ "I", "we", "let's" (the writer) or "you" (the reader): no source the article reports."""
    word = head.lower_
    if word in FIRST_PERSON or word in SECOND_PERSON:
        return True
    return word in ("'s", "’s") and head.i > 0 and head.doc[head.i - 1].lower_ == "let"


CLAUSE_BREAKS = frozenset({":", ";", "—", "–", "(", ".", "!", "?"})


def _imperative(cue: Token) -> bool:
    """ "Say goodbye to …", "…: note that …": a base-form main verb opening its clause with
    no subject or auxiliary addresses the reader ("could confirm or deny" is no imperative)."""
    before = cue.doc[cue.i - 1] if cue.i > 0 else None
    opens = cue.left_edge.i == cue.i or before is None or before.is_space or before.text in CLAUSE_BREAKS
    if cue.tag_ != "VB" or cue.dep_ not in ("ROOT", "parataxis") or not opens:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in cue.children)


def _inherit(text: str, pieces: list[_Piece], doc: Doc) -> None:
    """Give cue-less quotes the attribution of the quote they continue (see module docstring)."""
    para_starts = {i: start for i, (start, _) in enumerate(paragraphs(text))}
    previous: Optional[_Piece] = None
    for piece in pieces:
        if piece.excluded:
            continue
        if piece.cue is None and _fragment(text, piece.span):
            continue  # "imports of “intermediate goods” from China": a scare quote inherits nothing
        if piece.cue is None and previous is not None and _continues(piece, previous, para_starts) and _carries_on(doc, previous, piece):
            _copy(previous, piece)
        if piece.cue is not None:
            previous = piece
    following: Optional[_Piece] = None
    for piece in reversed(pieces):
        if piece.excluded:
            continue
        if (
            piece.cue is None and following is not None and following.span.paragraph == piece.span.paragraph
            and not _fragment(text, piece.span) and not _cut_short(piece.span) and not _announced(doc, text, following, piece)
            and not _scare_quote_apart(doc, text, piece, following)
        ):
            _copy(following, piece)
        if piece.cue is not None and not piece.inherited:
            following = piece


def _follow_reported(doc: Doc, text: str, pieces: list[_Piece], indirect: list[Quote]) -> None:
    """A quoted sentence with no cue right after a reported one in the same paragraph
    continues its speaker ("His agent said the claim was false. “They are trying to …”"):
    it takes that attribution, unless another quote comes in between; so does a quote that
    inherited from a quote before the report ("“A,” Roe said. … according to Poe. “B”": Poe's)."""
    spans = list(paragraphs(text))
    for n, piece in enumerate(pieces):
        if (piece.cue is not None and not piece.inherited) or piece.excluded or not _opens_sentence(text, piece.span.start):
            continue
        para_start = spans[piece.span.paragraph][0] if piece.span.paragraph < len(spans) else 0
        before = [q for q in indirect if para_start <= q.start and q.end <= piece.span.start and q.speaker is not None]
        if not before or _fragment(text, piece.span):
            continue
        last = before[-1]
        if any(last.end <= p.span.start < piece.span.start for p in pieces[:n]):
            continue
        if piece.cue is not None and not _hands_to_new_source(doc, piece, last):
            continue
        old_cue = piece.cue
        for follower in [piece] + _inheritors(pieces[n + 1 :], old_cue, piece.span.paragraph):
            follower.cue, follower.speaker = last.cue, last.speaker
            follower.confidence = min(last.confidence, CONFIDENCE_INHERITED)
            follower.inherited = True


def _inheritors(pieces: list[_Piece], cue: Optional[Span], paragraph: int) -> list[_Piece]:
    """The quotes after a handed-over one in its paragraph that inherited the same cue, up to
    a quote with a cue of its own: they go on with the new source."""
    found = []
    for piece in pieces:
        if cue is None or piece.span.paragraph != paragraph or not piece.inherited or piece.cue != cue:
            break
        found.append(piece)
    return found


# Cues that report who says the next words ("Smith said …", "according to Smith, …").
REPORTING_LEMMAS = frozenset({"say", "tell", "write", "add", "according"})


def _hands_to_new_source(doc: Doc, piece: _Piece, report: Quote) -> bool:
    """An inherited quote goes to the report between it and the quote it inherited from when
    the report says, in so many words, that someone else speaks ("“A,” Roe said. … Poe
    said …. “B”"); a stance of the same speaker ("Speaking of X, he …") changes nothing."""
    assert piece.cue is not None and report.cue is not None and report.speaker is not None
    if piece.cue.start >= report.start or piece.speaker is None:
        return False  # inherited from the quote after it, or from a cue inside the report
    cue = doc.char_span(report.cue.start, report.cue.end, alignment_mode="expand")
    if cue is None or (cue[0].lemma_.lower() not in REPORTING_LEMMAS and cue[0].lower_ not in REPORTING_LEMMAS):
        return False
    own, new = piece.speaker, report.speaker
    return (new.entity or new.name or new.text) != (own.entity or own.name or own.text) and new.text.lower() not in PERSON_PRONOUNS


def _opens_sentence(text: str, start: int) -> bool:
    """The quote mark at `start` opens a sentence: after a full stop, a line break or nothing."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n" or (before[-1] in CLOSING_MARKS and before[-2:-1] in ".!?")


FRAGMENT_WORDS = 4


def _fragment(text: str, span: QuoteSpan) -> bool:
    """A few quoted words inside a sentence of the writer's, with no sentence end of their
    own ("her “sister”", "imports of “intermediate goods” from China")."""
    inner = text[slice(*span.inner)].strip()
    if not span.closed or len(inner.split()) > FRAGMENT_WORDS or inner[-1:] in ".?!,;:":
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    before = text[line_start : span.start].rstrip()
    return before[-1:].isalnum() or before[-1:] == "("  # "traditional (“tribal”) authorities"


def _scare_quote_apart(doc: Doc, text: str, piece: _Piece, other: _Piece) -> bool:
    """A few words quoted inside the writer's sentence, with the period inside the marks
    (American style: "to prove they had “moved.”"), and the other quote in another
    sentence: a scare quote, not a piece of that quote."""
    inner = text[slice(*piece.span.inner)].strip()
    if len(inner.split()) > FRAGMENT_WORDS or inner[-1:] not in ".," or not piece.span.closed:
        return False
    line_start = text.rfind("\n", 0, piece.span.start) + 1
    if not text[line_start : piece.span.start].rstrip()[-1:].isalnum():
        return False
    first, own = doc[min(other.tokens[0], len(doc) - 1)], doc[min(piece.tokens[0], len(doc) - 1)]
    return first.sent.start != own.sent.start


def _announced(doc: Doc, text: str, other: _Piece, piece: _Piece) -> bool:
    """A quote announced by a colon whose clause names no speaker ("an echo went through
    the county: “We are …!”"): the clause says what it is, and a quote of another sentence
    does not carry on into it."""
    if not text[: piece.span.start].rstrip().endswith(":"):
        return False
    first, own = doc[min(other.tokens[0], len(doc) - 1)], doc[min(piece.tokens[0], len(doc) - 1)]
    return first.sent.start != own.sent.start


def _cut_short(span: QuoteSpan) -> bool:
    """A quote with no closing mark that the next opening mark ends ("the “Flying Panda are
    painted on it. “I had …,” said Kinney"): where its words stop is unknown, so it does
    not take the attribution of the quote after it."""
    return not span.closed and not span.open_at_end


STRAY_SENTENCES = 3


def _stray(doc: Doc, piece: _Piece) -> bool:
    """An opening mark never closed that runs over several sentences to the next opening
    mark (a garbled dash or a lost closing mark, "â “ is County Road 42. The road …"): no
    quotation, the text stays the writer's narration."""
    if not _cut_short(piece.span):
        return False
    start, end = piece.tokens
    return sum(1 for t in doc[start + 1 : end] if t.is_sent_start) >= STRAY_SENTENCES


def _narration(doc: Doc, piece: _Piece) -> bool:
    """A stretch after a mark that never closes and that reports, in the third person, what
    someone named said ("… opportunities. "The troupe will perform …, according to the
    troupe. … Cooper said."): the mark closed the quote before it (set off by a stray blank)
    and the stretch is the writer's narration."""
    if piece.span.closed:
        return False
    start, end = piece.tokens
    for token in doc[start + 1 : end]:
        if token.lower_ == "according" and token.i + 1 < end and doc[token.i + 1].lower_ == "to":
            return True
        if token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS and any(
            c.dep_ == "nsubj" and c.pos_ == "PROPN" and start < c.i < end for c in token.children
        ):
            return True
    return False


def _carries_on(doc: Doc, previous: _Piece, piece: _Piece) -> bool:
    """A quote cut short by the next opening mark carries on the previous quote only when
    nothing but the rest of its sentence lies between them ("“A,” he said. “B … “C"), not
    after a sentence of the writer's own."""
    if _announced(doc, doc_text(doc), previous, piece):
        return False
    if not _cut_short(piece.span) or previous.tokens[1] >= piece.tokens[0]:
        return True
    return not any(t.is_sent_start for t in doc[previous.tokens[1] + 1 : piece.tokens[0]])


def _continues(piece: _Piece, previous: _Piece, para_starts: dict[int, int]) -> bool:
    para, prev_para = piece.span.paragraph, previous.span.paragraph
    if para == prev_para:
        return True
    if para != prev_para + 1:
        return False
    return piece.span.continues or piece.span.start == para_starts.get(para)


def _copy(source: _Piece, piece: _Piece) -> None:
    piece.cue, piece.speaker = source.cue, source.speaker
    piece.confidence = min(source.confidence, CONFIDENCE_INHERITED)
    piece.inherited = True


def _in_intent(doc: Doc, text: str, piece: _Piece) -> bool:
    """A quote inside the infinitive of a verb of intent ("agreed to return the fees from
    the “Go” brand"): part of an act, not of words (`sources.INTENT_VERBS`)."""
    cue = piece.cue
    if cue is None or cue.end > piece.span.start:
        return False
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in INTENT_VERBS:
        return False
    return text[cue.end : piece.span.start].lstrip().startswith("to ")


def _direct(text: str, piece: _Piece) -> Quote:
    """The quote without its marks and the comma that hands over to the cue ("…,” he said")."""
    s, e = piece.span.inner
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return Quote(s, e, text[s:e], "direct", cue=piece.cue, speaker=piece.speaker, confidence=piece.confidence)


CLOSING_MARKS = "”\"’'»"
OPENING_MARKS = "“\"‘'«„"


def _merge_mixed(text: str, direct: list[Quote], indirect: list[Quote]) -> list[Quote]:
    """A quoted fragment inside a reported clause ("he said it was his “duty” to report")
    is one attribution: one record of kind "mixed" (the clause, its cue and speaker, or
    the fragment's speaker when the clause has none), not a direct and an indirect one.
    A clause that is nearly all quote ("said that “…”"), or that holds a quote before its
    cue ("“…,” he said"), gives way to the direct quote."""
    used: set[int] = set()
    out = []
    for q in _join_named_passives(text, indirect):
        inside = [
            i for i, d in enumerate(direct)
            if i not in used and (q.start <= d.start < q.end or _completes(text, q, d) or _named_passive(text, q, d))
        ]
        if not inside and _opener_of(text, q, direct):
            continue  # "All things considered, “…,” she said": the lead-in of her direct quote
        if not inside:
            out.append(_marked(text, q))
            continue
        if len(inside) == 1 and _hands_over(text, direct[inside[0]], q):
            continue  # "“…,” he said" parsed as the verb's clause: the direct quote owns the cue
        used.update(inside)
        if sum(direct[i].end - direct[i].start for i in inside) >= 0.7 * (q.end - q.start) and not _lead_words(text, q, direct[inside[0]], direct[inside[-1]]):
            used.difference_update(inside)  # "said that “…”": a direct quote with its "that"
            continue
        end = max([q.end] + [direct[i].end for i in inside])
        while end < len(text) and text[end] in CLOSING_MARKS:
            end += 1
        speaker = _clause_or_quote_speaker(q, [direct[i] for i in inside])
        confidence = max(q.confidence, min(direct[i].confidence for i in inside))
        out.append(Quote(q.start, end, text[q.start:end], "mixed", cue=q.cue, speaker=speaker, confidence=confidence))
    return [d for i, d in enumerate(direct) if i not in used] + out


def _clause_or_quote_speaker(clause: Quote, inside: list[Quote]) -> Optional[Speaker]:
    """The clause's speaker; the quote's when the clause has none or only a claim noun
    ("In his statement of claim accusing X of “…”, the young man alleges")."""
    said = clause.speaker
    if said is None or (not said.name and said.text.lower() in CONTENT_NOUNS):
        return next((d.speaker for d in inside if d.speaker), None) or said
    return said


def _join_named_passives(text: str, indirect: list[Quote]) -> list[Quote]:
    """ "The ruling was branded “a travesty” by X" ("was described by X as “…”") cut at its
    cue into "The ruling" and the quoted name: one mixed clause of the agent."""
    out: list[Quote] = []
    for q in indirect:
        last = out[-1] if out else None
        name = q.text[3:] if q.text.startswith("as ") else q.text
        if last is not None and _wholly_quoted(name) and _named_passive(text, last, replace(q, start=q.end - len(name))):
            out[-1] = replace(last, end=q.end, text=text[last.start : q.end], kind="mixed")
        else:
            out.append(q)
    return out


OPENER_WORDS = 4
DOUBLE_OPENING = ("“", '"', "«", "„")


def _marked(text: str, clause: Quote) -> Quote:
    """A reported clause holding words in double quote marks whose quote is no record (taken
    for a title: "sees the lineup as its “Achilles Heel”") is mixed, with its closing mark."""
    if _wholly_quoted(clause.text):
        return _unmarked(text, clause)  # 'Minister: "We will not back down"': all of it is her words
    opening = max(clause.text.rfind(m) for m in DOUBLE_OPENING)
    closes = clause.text[-1:] in CLOSING_MARKS or _closing_at(text, clause.end)
    if opening <= 0 or not closes or clause.text[:opening].rstrip().endswith(":"):
        return clause  # no quote, or one that does not finish the clause, or a quote of its own after a colon
    end = clause.end
    while end < len(text) and (text[end] in CLOSING_MARKS or text[end] in ".,!?" and _closing_at(text, end + 1)):
        end += 1
    return replace(clause, end=end, text=text[clause.start : end], kind="mixed")


def _wholly_quoted(clause: str) -> bool:
    """A clause that opens with a quote mark and closes with one, and holds no other double
    mark (single marks: a headline's "Merkel: ‘Europe must stand together’"): one quotation
    and nothing of the writer's."""
    body = clause.strip()
    if len(body) > 2 and body[0] in "'‘" and body[-1] in "'’" and body[1].isalnum():
        return not any(m in body for m in DOUBLE_OPENING + ("”",))  # a headline's single marks
    marks = sum(body.count(m) for m in DOUBLE_OPENING + ("”",))
    return len(body) > 2 and body[0] in DOUBLE_OPENING and body[-1] in CLOSING_MARKS and marks == 2


def _unmarked(text: str, clause: Quote) -> Quote:
    """The clause as a direct quote, without its marks."""
    lead = len(clause.text) - len(clause.text.lstrip()) + 1
    trail = len(clause.text) - len(clause.text.rstrip()) + 1
    start, end = clause.start + lead, clause.end - trail
    return replace(clause, start=start, end=end, text=text[start:end], kind="direct")


def _closing_at(text: str, i: int) -> bool:
    """A closing mark at i, or right after a full stop or comma there ("heel.”")."""
    return text[i : i + 2].lstrip(".,")[:1] in tuple(CLOSING_MARKS)


JOINING_WORDS = frozenset({"and", "but", "or", "nor", "not"})


def _completes(text: str, clause: Quote, quote: Quote) -> bool:
    """A quoted fragment of the same cue coordinated right after the clause ("called it not a
    crash, but “a pile-up”"): the rest of the one reported clause."""
    if clause.cue is None or quote.cue is None or quote.cue.start != clause.cue.start or quote.start < clause.end:
        return False
    gap = text[clause.end : quote.start].strip(" ," + OPENING_MARKS).split()
    return 0 < len(gap) <= 2 and all(w.lower() in JOINING_WORDS for w in gap)


NAMING_PASSIVE = re.compile(
    r'\s*(?:was|were|is|are|has been|had been|have been)\s+(?:\w+ly\s+)?\w+(?:ed|en)(?:\s+by\s+[^"“”,.;:]{1,60}?)?(?:\s+as)?\s*$'
)


def _named_passive(text: str, clause: Quote, quote: Quote) -> bool:
    """ "The rescue was described as “a miracle” by one of the divers", "was branded “a
    betrayal” by X": the subject of a passive naming verb and the quoted name after it
    (or after "as") are one reported clause of the agent."""
    if clause.cue is None or quote.cue is None or quote.cue.start != clause.cue.start:
        return False
    between = text[clause.end : quote.start].rstrip(OPENING_MARKS + " ")
    return clause.end <= clause.cue.start < quote.start and NAMING_PASSIVE.match(between) is not None


def _opener_of(text: str, clause: Quote, direct: list[Quote]) -> bool:
    """A clause of a few words right before a direct quote with the same cue: only the
    words that open that quote's sentence ("All things considered, “…,” she said")."""
    if clause.cue is None or len(clause.text.split()) > OPENER_WORDS:
        return False  # a clause of its own ("He said the deal was dead: “…”") stays
    return any(
        d.cue is not None and d.cue.start == clause.cue.start and d.start >= clause.end
        and not text[clause.end : d.start].strip(" ," + OPENING_MARKS)
        for d in direct
    )


def _lead_words(text: str, clause: Quote, first: Quote, last: Quote) -> bool:
    """The clause has a word of its own (besides "that") before the quote opens,
    and the quote runs to its end (not "“…,” he said, according to X")."""
    if text[last.end : clause.end].strip(" ,.;:!?" + CLOSING_MARKS):
        return False
    words = [w for w in text[clause.start : first.start].split() if any(ch.isalpha() for ch in w)]
    return any(w.lower() != "that" for w in words)


def _hands_over(text: str, direct: Quote, clause: Quote) -> bool:
    """The quote ends right before the clause's speaker or cue ("… “I do recall,” he said")."""
    if clause.cue is None or direct.start >= clause.cue.start:
        return False
    lead = text[clause.start : direct.start]
    if lead.strip(" " + CLOSING_MARKS + OPENING_MARKS) and not any(p in lead for p in "—–:;"):
        return False  # "Plague is “always fatal”, says WHO": the clause opens outside the quote: mixed
    stop = min(clause.cue.start, clause.speaker.start if clause.speaker else clause.cue.start)
    return stop >= direct.end and not text[direct.end : stop].strip(" ,;:—–-" + CLOSING_MARKS)


def _indirect(doc: Doc, quoted: list[bool], index: EntityIndex) -> list[Quote]:
    out = []
    text = doc_text(doc)
    for item in find_indirect(doc, quoted):
        cue = doc[_negation_start(doc[item.cue[0]]) : item.cue[1]]
        cue_span = Span(cue.start_char, cue.end_char, cue.text)
        speaker = make_speaker(doc, item.speaker, index) if item.speaker is not None else None
        if item.speaker is not None and speaker is not None and \
                _unknown_thinker(item.speaker, speaker, doc[item.cue[0]]):
            continue
        if _no_source(doc, item) or _not_a_claim(doc, item):
            continue
        confidence = CONFIDENCE_INDIRECT if item.clause else CONFIDENCE_NOMINAL
        for start, end in content_pieces(doc, item):
            content = doc[start:end]
            begin = _after_dateline(text, content.start_char, content.end_char)
            out.append(
                Quote(begin, content.end_char, text[begin : content.end_char], "indirect", cue=cue_span, speaker=speaker, confidence=confidence)
            )
    return out


def _negation_start(verb: Token) -> int:
    """Where a negated cue starts: at the auxiliary and "not" right before the verb ("did not
    think", "has not ruled out"), so the record keeps that the claim is denied; else the verb."""
    before = [c for c in verb.lefts if c.dep_ in ("aux", "neg") and c.i >= verb.i - 3]
    if not any(c.dep_ == "neg" for c in before):
        return verb.i
    start = verb.i
    while start - 1 >= 0 and any(c.i == start - 1 for c in before):
        start -= 1
    return start


# "VIENNA — ", "BERLIN (AP) -- ", "PanARMENIAN.Net - " opening a paragraph: a dateline or the
# publisher's name, not part of what the source said.
DATELINE_PREFIX = re.compile(r"(?:[A-Z][\w.’'&]*,? ){0,3}[A-Z][\w.’'&]*(?: \([A-Z][\w ]{0,20}\))?,? ?(?:—|–|--?) ?(?=\S)")

DATELINE_WORD = re.compile(r"\b[A-Z]{2,}\b|\w\.\w")  # a word in capitals, or a domain name


def _after_dateline(text: str, start: int, end: int) -> int:
    """Start of a content after the dateline or publisher prefix that opens its paragraph."""
    if start > 0 and text[start - 1] != "\n":
        return start
    prefix = DATELINE_PREFIX.match(text, start, end)
    if prefix is None or not DATELINE_WORD.search(prefix.group()):
        return start  # "Police – …", "Mr Roe – who …": an ordinary opening
    return prefix.end()


def _no_source(doc: Doc, item) -> bool:
    """The writer or the reader speaks ("let's say …", "you wonder …"), the cue is an
    imperative ("note that …"), or a noun-phrase content has no speaker at all
    ("to claim your authority"): no one's reported words."""
    if item.speaker is not None and writer_or_reader(item.speaker):
        return True
    if any(_imperative(doc[i]) for i in range(*item.cue) if doc[i].pos_ in ("VERB", "AUX")):
        return True
    return item.speaker is None and not item.clause and not item.unnamed_asker


# Verbs of knowing: a claim with a that-clause ("she knew that …"), not with an embedded
# question ("learned who had written it", "did not know how to play"); a verb of coming to
# understand (`FACTIVE_VERBS`: "Grayson understood that …") is the writer's account, no claim.
KNOWING_VERBS = frozenset("know learn realize realise understand remember wonder figure".split())
WH_WORDS = frozenset("who whom whose what which how whether why where when".split())
FACTIVE_VERBS = frozenset("understand realize realise".split())  # "X understood that …": the writer states it as fact


def _not_a_claim(doc: Doc, item) -> bool:
    """Knowing the answer to a question, or understanding that something is so, reports no statement."""
    lemma = doc[item.cue[0]].lemma_.lower()
    return lemma in KNOWING_VERBS and (doc[item.content[0]].lower_ in WH_WORDS or lemma in FACTIVE_VERBS)


def _unknown_thinker(head: Token, speaker: Speaker, cue: Token) -> bool:
    """ "before they knew who …", "he doesn't want to spend it": a pronoun that stands for
    nobody the article names, with a verb of thinking or wanting, not of saying, is no
    one's claim (a verb of saying keeps it: "they said …" reports words)."""
    if head.lower_ not in PERSON_PRONOUNS | GROUP_PRONOUNS or speaker.entity is not None or speaker.name:
        return False
    lemma = cue.lemma_.lower()
    return cue.pos_ != "VERB" or not (lemma in SPEECH_VERBS or lemma in SPEECH_ACT_VERBS)


class QuotesComponent:
    """spaCy component: writes `doc._.ng_quotes` (see module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.ng_quotes = extract_quotes(doc)
        return doc


@Language.factory(
    "newsgraph_quotes",
    requires=["token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.ng_quotes"],
)
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    """Factory for `nlp.add_pipe("newsgraph_quotes")`."""
    return QuotesComponent(nlp, name)
