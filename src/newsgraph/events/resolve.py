"""Who acts and who is acted on: from a head token to `Actor`s.

Conjuncts are split ("Hungarian and Romanian officials"), pronouns resolved ("X said it
would …" -> X; "he" -> the nearest person named before, of a sex that fits; "we" -> the
speaker), and each actor's country filled from linked entities, places inside it, or names
seen before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from newsgraph.events.actors import (
    Actor, ActorWords, conjuncts, is_pronoun, make_actor, modifier_conjuncts, sector_of,
)
from newsgraph.events.agents import (
    NON_ACTOR_ENTS, PERSON_PRONOUNS, crowd_count, is_agent, is_group_of_agents, subject_noun,
)
from newsgraph.events.continuity import continued_subject, governing_object, local_subject, main_subject_below
from newsgraph.events.detect import Candidate
from newsgraph.events.modality import SPEECH_VERBS, TELLING_VERBS, known_lemma, speech_governor
from newsgraph.events.persons import gender_fits, is_person
from newsgraph.events.roles import MEDIA_NAMES, is_party, roles_of, subject_of

if TYPE_CHECKING:
    from newsgraph.events.build import DocContext


def roles(cand: Candidate) -> tuple[Optional[Token], Optional[Token]]:
    """Actor and target heads; "the man accused of knifing him": a passive participle on a
    noun makes that noun the one it was done to, whoever did it."""
    actor, target = roles_of(cand)
    tok = cand.token
    if cand.kind == "verb" and tok.dep_ == "acl" and tok.tag_ == "VBN" and actor is not None \
            and actor.i == tok.head.i and not any(c.dep_ == "agent" for c in tok.children):
        return None, target or actor
    if actor is None and cand.kind == "verb":
        actor = _adjective_subject(tok)
    if cand.kind == "noun" and cand.type in IMPOSED_TYPES and actor is not None and _evaded_by(tok, actor):
        return None, target or actor  # "parents got around the ban": they did not ban anything
    if cand.kind == "noun" and actor is not None and _teller(tok, actor):
        actor = None  # "police were not linking the arrests to the protests": police did not protest
    if target is None and cand.type == "ACCUSE" and cand.kind != "noun":
        target = _criticised_party(cand, actor)
    return actor, target


def _teller(noun: Token, actor: Token) -> bool:
    """The actor is the subject of a verb that only speaks about the event noun ("linked the
    arrests to the protests", "explained the strike")."""
    head = noun.head
    if noun.dep_ == "pobj":
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in TELLING_VERBS:
        return False
    subject = subject_of(head)
    return subject is not None and subject.i == actor.i


def _criticised_party(cand: Candidate, actor: Optional[Token]) -> Optional[Token]:
    """"raised concern that the council had ignored …", "complained that police …": the party
    the complaint's clause is about, when that clause's subject is one."""
    for head in (cand.token, *cand.extra):
        for clause in (c for c in head.children if c.dep_ == "ccomp" or
                       (c.dep_ == "acl" and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children))):
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and not is_pronoun(subject) and is_party(subject) and \
                    (actor is None or subject.i != actor.i):
                return subject
    return None


# What is done to someone, so that escaping it says who it was aimed at ("avoid a police raid").
IMPOSED_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION"})
# Verbs whose subject escapes or breaks the rule their object names ("defied the ban").
EVADING_VERBS = frozenset({"evade", "defy", "circumvent", "violate", "flout", "break", "skirt", "dodge",
                           "escape", "avoid", "breach", "ignore", "bypass", "get"})


def _evaded_by(noun: Token, actor: Token) -> bool:
    """The noun is what the actor evades: "defied the curfew", "to get around a ban"."""
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("around", "past", "round"):
        verb = noun.head.head
    elif noun.dep_ != "dobj" or verb.lemma_.lower() == "get":
        return False
    if verb.lemma_.lower() not in EVADING_VERBS:
        return False
    subject = subject_of(verb)
    return subject is not None and subject.i == actor.i


# Adjectives whose subject does what the infinitive says ("was able to meet", "is ready to talk").
READY_ADJECTIVES = frozenset({"able", "ready", "willing", "eager", "quick", "prepared", "keen", "happy",
                              "free", "set", "due"})


def _adjective_subject(verb: Token) -> Optional[Token]:
    """"The envoy was able to meet the rebels": the subject of the copula holding the adjective."""
    adj = verb.head
    if verb.dep_ != "xcomp" or adj.pos_ != "ADJ" or adj.dep_ != "acomp" or adj.lemma_.lower() not in READY_ADJECTIVES \
            or any(c.lower_ == "too" for c in adj.children):
        return None  # "too paranoid to accept that": no acceptance
    return next((c for c in adj.head.children if c.dep_ == "nsubj"), None)


def actors_of(tok: Optional[Token], ctx: DocContext, event_nouns: set[int],
            remember: bool = False) -> list[Actor]:
    """The actors a head token stands for: conjuncts split, pronouns resolved, countries set.

    With `remember` (the actor side), the first becomes what a later "it" or "they" refers
    back to. A noun naming its doers ("protesters demanded …", "arrested protesters") may act
    or undergo; other event nouns are no party.
    """
    if tok is None or (tok.i in event_nouns and not _agent_noun(tok)) or \
            (tok.ent_type_ in NON_ACTOR_ENTS and not _count_of(tok) and not _country_name(tok, ctx.words)):
        return []
    if is_pronoun(tok):
        resolved = _resolve_pronoun(tok, ctx, event_nouns)
        return [resolved] if resolved is not None else []
    out = []
    mods = modifier_conjuncts(tok)
    if mods:
        out = [_link(_modifier_actor(m, tok, ctx.words), ctx) for m in mods]
    else:
        out = [_link(make_actor(h, ctx.words), ctx) for h in conjuncts(tok)]
    actors = [a for a in out if a is not None]
    if actors and remember:
        ctx.last_actor = actors[0]
    return actors


def _agent_noun(tok: Token) -> bool:
    """An event noun that names its doers ("protesters", "a suicide bomber"): they can act."""
    return tok.pos_ == "NOUN" and tok.tag_ in ("NN", "NNS") and is_agent(tok)


def _country_name(tok: Token, words: ActorWords) -> bool:
    """A country's name the entity tagger took for a title or a date ("withdraw from Niger")."""
    return tok.pos_ == "PROPN" and words.countries.get((tok.lower_,)) is not None


def _count_of(tok: Token) -> bool:
    """"Thousands of Nigerians", "thousands rallied": a count of people stands for them."""
    return tok.ent_type_ in ("CARDINAL", "QUANTITY") and (any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) or crowd_count(tok))


def _modifier_actor(mod: Token, head: Token, words: ActorWords) -> Optional[Actor]:
    """"Hungarian and Romanian officials" -> "Hungarian officials", "Romanian officials"."""
    base = make_actor(mod, words, [mod])
    if base is None:
        return None
    text = f"{mod.text} {head.text}"
    return Actor(text, mod.idx, head.idx + len(head.text), head.i, base.country,
                 sector_of(head, [head], words), base.named)


def _resolve_pronoun(tok: Token, ctx: DocContext, event_nouns: set[int]) -> Optional[Actor]:
    """"X said it would …" -> X; otherwise the last actor named before."""
    node = tok.head
    if tok.lower_ in ("which", "who", "that") and node.dep_ == "relcl":
        if node.head.i in event_nouns:
            return None  # "a shooting that prompted protests": no one
        if node.head.ent_type_ in ("DATE", "TIME", "QUANTITY", "PERCENT", "MONEY"):
            return None  # "in five months that killed 346": a misattached clause, not a doer
        return _link(make_actor(node.head, ctx.words), ctx)
    person = tok.lower_ in PERSON_PRONOUNS
    plural = tok.lower_ in PLURAL_PRONOUNS
    local = local_subject(tok)  # "the gunman attacked her": not the gunman (binding)
    for _ in range(4):
        subj = _subject_or_passive(node) if node.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj.i not in (tok.i, local) and not is_pronoun(subj) and subj.i < tok.i \
                and subj.i not in event_nouns and subj.ent_type_ not in NON_ACTOR_ENTS and (not person or _fits(tok, subj) or _speaker_fits(tok, node, subj)) \
                and (not plural or (_plural_party(subj) and _can_act(subj))):
            return _link(make_actor(subj, ctx.words), ctx)
        if node.head.i == node.i or node.dep_ in CLAUSE_BOUNDARIES:
            break  # "the time she described …": a clause on a noun does not reach the main subject
        node = node.head
    if tok.lower_ in ("i", "we", "us", "our", "me", "my"):
        return _speaker_of(tok, ctx)  # "“We will not accept it,” the commander said": the speaker
    if tok.lower_ == "you":
        return None
    main = main_subject_below(tok) if person else None
    if main is not None and _fits(tok, main):
        return _link(make_actor(main, ctx.words), ctx)  # "denied sex with girls supplied to him"
    if person:
        name = continued_subject(tok) or governing_object(tok)
        return _link(make_actor(name[-1], ctx.words, name), ctx) if name else _nearest_person(tok, ctx)
    last = ctx.last_actor
    if plural and (last is None or last.head < 0 or not _plural_party(ctx.doc[last.head])):
        group = _nearest_group(tok, event_nouns)
        return _link(make_actor(group, ctx.words), ctx) if group is not None else None
    return last


def _can_act(tok: Token) -> bool:
    """A subject that can do things ("the police", "rebels"), not "the reaction from the crowd"."""
    noun = subject_noun(tok)
    return is_agent(noun) or is_group_of_agents(noun)


def _nearest_group(tok: Token, event_nouns: set[int]) -> Optional[Token]:
    """"Police arrived. They arrested two men": the last plural subject that can act, in this
    sentence or the one before (no actor was remembered from a non-event clause)."""
    start = tok.sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start
    for cand in reversed(tok.doc[start:tok.i]):
        if cand.dep_ in ("nsubj", "nsubjpass") and not is_pronoun(cand) and cand.i not in event_nouns \
                and _plural_party(cand) and _can_act(cand) and cand.ent_type_ != "PERSON":
            return cand
    return None


PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
MEDIA = MEDIA_NAMES | {"website", "blog", "post", "message", "statement", "letter", "email", "video"}


def _plural_party(tok: Token) -> bool:
    """What "they" may stand for: not one person alone, nor a medium ("posted on Twitter")."""
    if tok.lower_ in MEDIA or tok.lemma_.lower() in MEDIA:
        return False
    if any(c.dep_ == "conj" for c in tok.children):
        return True
    return not (tok.ent_type_ == "PERSON" or (tok.tag_ == "NN" and is_person(tok)))


def _speaker_of(tok: Token, ctx: DocContext) -> Optional[Actor]:
    node = tok.head
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX"):
            speech = speech_governor(node)
            subj = subject_of(speech) if speech is not None else None
            if subj is not None and not is_pronoun(subj):
                return _link(make_actor(subj, ctx.words), ctx)
            return _quote_speaker(tok, ctx)
        if node.head.i == node.i:
            break
        node = node.head
    return _quote_speaker(tok, ctx)


def _quote_speaker(tok: Token, ctx: DocContext) -> Optional[Actor]:
    head = quote_speaker_head(tok, ctx.text)  # "“We thank …”" after "“…,” said X": X
    return _link(make_actor(head, ctx.words), ctx) if head is not None else None


CLAUSE_BOUNDARIES = frozenset({"relcl", "acl"})


def speech_lemma(verb: Token) -> bool:
    return known_lemma(verb, SPEECH_VERBS) in SPEECH_VERBS
PRONOUN_REACH = 80  # tokens back to look for the person a "he" or "she" stands for


def _speaker_fits(pronoun: Token, verb: Token, subj: Token) -> bool:
    """"Trump said he had watched …": the named subject of the speech verb over a "he" is
    its antecedent, whatever type the name was tagged with."""
    return subj.pos_ == "PROPN" and speech_lemma(verb) and gender_fits(pronoun, subj)


def _fits(pronoun: Token, head: Token) -> bool:
    named = head.pos_ == "PROPN" and head.ent_type_ in ("", "PERSON")
    return (is_person(head) or named) and gender_fits(pronoun, head)


def _nearest_person(tok: Token, ctx: DocContext) -> Optional[Actor]:
    """"he", "she": the nearest person named before it, of a sex that fits."""
    for ent in reversed(ctx.people()):
        if ent.end > tok.i:
            continue
        if tok.i - ent.end > PRONOUN_REACH:
            break
        if gender_fits(tok, ent.root):
            return _link(make_actor(ent.root, ctx.words), ctx)
    return None


def _subject_or_passive(verb: Token) -> Optional[Token]:
    return subject_of(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _link(actor: Optional[Actor], ctx: DocContext) -> Optional[Actor]:
    """Fill an actor's country from linked entities, places inside it, or names seen before."""
    if actor is None:
        return None
    head_text = ctx.doc[actor.head].text
    country = actor.country or _entity_country(actor, ctx) or _place_country(actor, ctx) \
        or ctx.name_countries().get(head_text) or _possessor_country(actor, ctx)
    if country == actor.country:
        return actor
    return Actor(actor.text, actor.start, actor.end, actor.head, country, actor.sector, actor.named)


def _possessor_country(actor: Actor, ctx: DocContext) -> Optional[str]:
    """"his forces" -> the country of whoever "his" is."""
    head = ctx.doc[actor.head]
    poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if poss is None or poss.lower_ in ("my", "our", "your"):
        return None
    resolved = _resolve_pronoun(poss, ctx, set())
    return resolved.country if resolved is not None else None


def _entity_country(actor: Actor, ctx: DocContext) -> Optional[str]:
    for start, end, ent in ctx.entity_spans:
        if start < actor.end and actor.start < end:
            code = getattr(ent, "country", None)
            if code:
                return ctx.words.iso2_to_iso3.get(code, code if len(code) == 3 else None)
    return None


def _place_country(actor: Actor, ctx: DocContext) -> Optional[str]:
    for pm in ctx.places or []:
        if actor.start <= pm.start and pm.end <= actor.end and pm.place.country:
            return ctx.words.iso2_to_iso3.get(pm.place.country)
    return None


def quote_speaker_head(tok: Token, text: str) -> Optional[Token]:
    """The head of the speaker the quotes stage gave the quotation holding `tok` ("we",
    "I"), also when the quote runs on after "…," said X; None unless it is a party.
    `text` is the doc's text, read once by the caller."""
    for quote in getattr(tok.doc._, "ng_quotes", None) or []:
        speaker = getattr(quote, "speaker", None)
        if speaker is None or not getattr(quote, "start", -1) <= tok.idx < getattr(quote, "end", -1):
            continue
        if in_inner_quote(text, quote.start, tok.idx):
            return None  # "… They said, ‘We are ready …’”: the speaker quotes someone else
        span = tok.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is not None and not is_pronoun(span.root) and \
                (span.root.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or is_party(span.root)):
            return span.root
    return None


INNER_OPEN = re.compile(r"(?:^|(?<=[\s“\"(—–]))[‘']")
INNER_CLOSE = re.compile(r"[’'](?![^\W\d_])")  # not an apostrophe: "I’m" has a letter after


def in_inner_quote(text: str, start: int, idx: int) -> bool:
    """Whether offset `idx` lies inside a single-quoted passage opened after `start`: words
    the speaker quotes from someone else ("They said, ‘We are ready …’")."""
    opened = None
    for match in INNER_OPEN.finditer(text, start, idx):
        opened = match.end()
    return opened is not None and INNER_CLOSE.search(text, opened, idx) is None
