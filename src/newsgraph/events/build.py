"""From triggers to `Event`s: modality, intentions and demands, actors, place, time, codes.

`extract_events(doc)` is the whole stage: per sentence, find triggers, resolve frames,
turn each remaining trigger into a `Draft` (an Event plus what merging needs), then
merge the mentions of one event (see `merge.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span, Token

from newsgraph.events import codes
from newsgraph.events.actors import (
    Actor, ActorWords, conjuncts, is_pronoun, make_actor, modifier_conjuncts, sector_of,
)
from newsgraph.events.continuity import continued_subject, governing_object, local_subject, main_subject_below
from newsgraph.events.countries import count_countries, names_with_countries
from newsgraph.events.context import pick_place, pick_time
from newsgraph.events.detect import Candidate, depth, find_candidates, resolve_frames, threat_mode
from newsgraph.events.figures import content_modality, is_figure_of_speech, plea_trigger, retells_fiction
from newsgraph.events.gates import (
    agent_ok, distinct_measures, doers_as_objects, one_sided_talk, place_visit, public_advisory, undergoes)
from newsgraph.events.genre import aid_to_named, clinical_document, commerce_document, named_party
from newsgraph.events.idioms import approval_trigger, talk_within
from newsgraph.events.legal import no_demand
from newsgraph.events.reader import reader_imperative, reader_party
from newsgraph.events.lexicon import Lexicon, Trigger
from newsgraph.events.modality import (
    FUTURE_AUX, ORDERED_TYPES, presupposing_question, SPEECH_VERBS, Flags, clause_flags, known_lemma, ruling_subject, speech_governor)
from newsgraph.events.roles import (
    MEDIA_NAMES, TOPIC_MODES, is_party, party_or_owner, quote_speaker_head, roles_of, subject_of)
from newsgraph.events.persons import gender_fits, is_person
from newsgraph.events.senses import (
    FICTION_TYPES, NON_ACTOR_ENTS, PERSON_PRONOUNS, PROTEST_CUE_RE, dateline_end, is_agent, is_campaign_rally, is_competition,
    is_group_of_agents, is_other_sense, is_verbal_attack, past_dateline,
    fiction_document, sports_document, subject_noun,
)
from newsgraph.model import Event, Span as EvidenceSpan
from newsgraph.nlp import doc_text

ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such", "its", "their"})
MULTILATERAL = {"bilateral": 2, "trilateral": 3, "three-way": 3, "quadrilateral": 4, "tripartite": 3,
                "four-way": 4}
VERBAL_TYPES = frozenset({"AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
MATERIAL_TYPES = frozenset({"ASSAULT", "AID", "COERCE", "MOBILIZE", "SANCTION", "COOPERATE"})
# Kept in a clinical story whoever the parties: quarantines and detentions, accusations.
PUBLIC_HEALTH_TYPES = frozenset({"COERCE", "ACCUSE"})


@dataclass
class Draft:
    """An event being built, with what merging and choosing the main event need."""

    event: Event
    sentence: int
    trigger: Token
    actors: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    anaphoric: bool = False
    pattern: str = ""
    depth: int = 0
    last_sentence: int = -1  # the latest sentence that tells this event


@dataclass
class DocContext:
    """Per-document state: the stage inputs and a memo of names already tied to countries."""

    doc: Doc
    words: ActorWords
    published: Optional[str]
    places: Optional[list]
    times: Optional[list]
    entity_spans: list[tuple[int, int, object]]
    name_country: dict[str, str] = field(default_factory=dict)
    date_ents: list[Span] = field(default_factory=list)
    text: str = ""  # doc.text, read once (spaCy rebuilds it on every access)
    lemma_cache: dict[int, set[str]] = field(default_factory=dict)
    last_actor: Optional[Actor] = None
    _salient: Optional[list[tuple[str, str]]] = None
    _sports: Optional[bool] = None
    _fiction: Optional[bool] = None
    _people: Optional[list[Span]] = None
    _protests: Optional[bool] = None
    _commerce: Optional[bool] = None
    _clinical: Optional[bool] = None

    def commerce(self) -> bool:
        """Whether the document is a review, shopping list, money advice, release or study."""
        if self._commerce is None:
            self._commerce = commerce_document(self.text)
        return self._commerce

    def clinical(self) -> bool:
        """Whether the document is a clinical story (a patient, doctors, a diagnosis)."""
        if self._clinical is None:
            self._clinical = clinical_document(self.text)
        return self._clinical

    def protests(self) -> bool:
        """Whether the document speaks of protest anywhere (decided once, on first need)."""
        if self._protests is None:
            self._protests = bool(PROTEST_CUE_RE.search(self.text))
        return self._protests

    def people(self) -> list[Span]:
        """The PERSON names of the document, in order (gathered once, on first need)."""
        if self._people is None:
            self._people = [e for e in self.doc.ents if e.label_ == "PERSON"]
        return self._people

    def sports(self) -> bool:
        """Whether the document is a sports report (decided once, on first need)."""
        if self._sports is None:
            self._sports = sports_document(self.text)
        return self._sports

    def fiction(self) -> bool:
        """Whether the document reviews a game or a film (decided once, on first need)."""
        if self._fiction is None:
            self._fiction = fiction_document(self.text)
        return self._fiction

    def name_countries(self) -> dict[str, str]:
        """Names tied to a country somewhere in the text ("Ukrainian President … Zelensky")."""
        if not self.name_country:
            self.name_country.update(names_with_countries(self.doc, self.words))
        return self.name_country

    def salient_countries(self) -> list[tuple[str, str]]:
        """Countries most mentioned in the document: [(ISO-3, a name)], most first."""
        if self._salient is None:
            self._salient = count_countries(self.doc, self.words)
        return self._salient


def make_context(doc: Doc, words: ActorWords) -> DocContext:
    """Gather what the other stages left on the Doc (each may be None)."""
    entities = getattr(doc._, "ng_entities", None) or []
    spans = [(m.start, m.end, ent) for ent in entities for m in getattr(ent, "mentions", [])]
    times = getattr(doc._, "ng_times", None)
    dates = [e for e in doc.ents if e.label_ == "DATE"] if times is None else []
    return DocContext(doc=doc, words=words, published=getattr(doc._, "ng_published", None),
                      places=getattr(doc._, "ng_places", None), times=times,
                      entity_spans=spans, date_ents=dates, text=doc_text(doc))


def sentence_drafts(sent: Span, index: int, lexicon: Lexicon, ctx: DocContext) -> list[Draft]:
    """The events one sentence tells, one Draft per trigger, same-type mentions merged."""
    text = ctx.text[sent.start_char:sent.end_char]
    cands = doers_as_objects(resolve_frames(_in_sense(find_candidates(sent, lexicon), text, ctx)))
    event_nouns = {c.token.i for c in cands if c.kind == "noun"}
    failed = _failed_nouns(sent, event_nouns)
    question = text.rstrip().rstrip("”’\"'").endswith("?") and not presupposing_question(text)
    drafts = []
    verbs = {c.token.i: c.type for c in cands if c.kind != "noun"}
    for cand in cands:
        draft = build_draft(cand, sent, index, ctx, event_nouns, question)
        if draft is None:
            continue
        if undergoes(cand, verbs):
            draft.actors = []  # "banned the march": the banning authority did not march
            set_participants(draft)
            draft.event.confidence = _confidence(draft)
        if cand.token.i in failed and draft.event.type == "CONSULT":
            draft.event.mode = "failed"
        drafts.append(draft)
    if ctx.commerce():
        drafts = [d for d in drafts if _named_sides(d, ctx) or aid_to_named(d, ctx.doc)]
    elif ctx.clinical():  # visits to a doctor, talks with a patient: care, not politics
        drafts = [d for d in drafts if d.event.type in PUBLIC_HEALTH_TYPES or _both_named(d, ctx)]
    _borrow_targets(drafts)
    return _merge_in_sentence(drafts)


def _in_sense(cands: list[Candidate], text: str, ctx: DocContext) -> list[Candidate]:
    """Drop triggers used in a sense that is no event; turn verbal attacks into accusations."""
    if retells_fiction(text):
        return []
    kept = []
    for cand in cands:
        plea = plea_trigger(cand) or approval_trigger(cand)
        if plea is not None:
            cand.trigger = plea  # "pleaded not guilty": a denial
        elif cand.type == "ASSAULT" and is_verbal_attack(cand, text):
            cand.trigger = Trigger("ACCUSE", None, "11", cand.trigger.pattern)
        elif is_other_sense(cand) or is_competition(cand, text, ctx.sports()) or \
                is_campaign_rally(cand, text, ctx.protests()) or is_figure_of_speech(cand, text):
            continue
        if cand.type in FICTION_TYPES and ctx.fiction():
            continue  # "you'll be attacked by three enemy factions" in a game review
        kept.append(cand)
    return kept


def _named_sides(draft: Draft, ctx: DocContext) -> bool:
    """A named party (person, organisation, country, people) acts on a named party or on people."""
    heads = [ctx.doc[a.head] for a in draft.targets if a.head >= 0]
    return any(a.head >= 0 and named_party(ctx.doc[a.head]) for a in draft.actors) and \
        any(named_party(t) or (t.pos_ == "NOUN" and is_agent(t)) for t in heads)


def _both_named(draft: Draft, ctx: DocContext) -> bool:
    """Both sides are named parties: "the WHO criticised China" in a health story."""
    def named(args: list) -> bool:
        return any(a.head >= 0 and named_party(ctx.doc[a.head]) for a in args)
    return named(draft.actors) and named(draft.targets)


def _borrow_targets(drafts: list[Draft]) -> None:
    """"protested … to demand reforms by X": a protest's target is whom its demand is aimed at."""
    for draft in drafts:
        if draft.event.type != "PROTEST" or draft.targets:
            continue
        for other in drafts:
            if other.event.type in ("REQUEST", "ACCUSE") and other.targets and other.trigger.i > draft.trigger.i:
                draft.targets = other.targets
                break


def _failed_nouns(sent: Span, event_nouns: set[int]) -> set[int]:
    """"talks … failed to make progress": noun events whose verb says they failed."""
    out: set[int] = set()
    for tok in sent:
        if tok.lemma_ in ("fail", "collapse", "stall", "break") and tok.pos_ == "VERB":
            out.update(c.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in event_nouns)
    return out


def build_draft(cand: Candidate, sent: Span, index: int, ctx: DocContext,
                event_nouns: set[int], question: bool = False) -> Optional[Draft]:
    """One Draft for a trigger, or None when it is not an event at all."""
    verb = cand.verb if cand.kind != "noun" or cand.extra else cand.verb if _noun_in_clause(cand) else None
    flags = clause_flags(cand.token, verb, question, cand.type in MATERIAL_TYPES)
    trigger, modality, speaker = _apply_modality(cand, flags, verb)
    if trigger is None:
        return None
    modality = content_modality(cand.token, verb, sent, modality)
    actor_tok, target_tok = _roles(cand)
    if _victim_owner(cand, actor_tok) and target_tok is None:
        actor_tok, target_tok = None, actor_tok  # "Kennedy's assassination": Kennedy is the victim
    dash = dateline_end(sent)
    actor_tok, target_tok = past_dateline(actor_tok, dash), past_dateline(target_tok, dash)
    if reader_party(actor_tok, sent) or (cand.kind != "noun" and reader_imperative(cand.token)):
        return None  # "you can contribute up to $19,000", "please visit …": the reader addressed
    if actor_tok is None and target_tok is not None and reader_party(target_tok, sent) and target_tok.lower_ != "us":
        return None  # "you were assaulted" in an advice column: the reader, not a news party
    if speaker is not None:
        actor_tok, target_tok = speaker, actor_tok
    elif not agent_ok(trigger.type, actor_tok):
        return None
    if actor_tok is not None and not is_pronoun(actor_tok):
        actor_tok = party_or_owner(actor_tok) or (actor_tok if is_agent(actor_tok) else None)
    actors = _actors(actor_tok, ctx, event_nouns, remember=True)
    if modality == "asserted" and (flags.future or flags.conditional) and not actors:
        return None  # an intention nobody is said to hold ("layoffs will begin")
    if trigger.type == "THREATEN" and not actors and _warning_notice(cand):
        return None  # "evacuation warnings were issued": a notice, no one threatens
    targets = [t for t in _actors(target_tok, ctx, event_nouns) if t.head not in {a.head for a in actors}]
    if place_visit(trigger.mode, targets, ctx.doc) or public_advisory(trigger.type, targets, ctx.doc) or \
            talk_within(trigger.type, actors, targets, ctx.doc) or \
            one_sided_talk(trigger.type, trigger.mode, actors, targets, ctx.doc, cand):
        return None  # "visited the border": a trip; "warned people to stay away": advice; "his players"
    event = Event(type=trigger.type, mode=trigger.mode, modality=modality,
                  evidence=[EvidenceSpan(sent.start_char, sent.end_char,
                                         ctx.text[sent.start_char:sent.end_char])])
    draft = Draft(event=event, sentence=index, trigger=cand.token, actors=actors, targets=targets,
                  anaphoric=_is_anaphoric(cand), pattern=trigger.pattern, depth=depth(cand.token),
                  last_sentence=index)
    _fill_multilateral(draft, ctx)
    if _bare_noun(cand, draft):
        return None
    _finish(draft, trigger, sent, ctx)
    return draft


BARE_NOUN_TYPES = frozenset({"ASSAULT", "PROTEST"})
# Deeds reported without naming who did them ("a bomb exploded", "three were arrested");
# other events need a party on either side ("the holidays arrive" is no visit).
AGENTLESS_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "SANCTION", "AID"})
# Nouns that are no event without someone behind them ("the promise of equal rights").
NEEDS_PARTIES = frozenset({"THREATEN", "AGREE", "REQUEST"})


VICTIM_NOUNS = frozenset({"assassination", "murder", "killing", "kidnapping", "abduction", "rape",
                          "execution", "beheading", "torture", "arrest", "detention", "death",
                          "deportation", "shooting", "stabbing"})


WARNING_NOUNS = frozenset({"warning", "alert", "advisory", "watch", "notice", "alarm"})


def _warning_notice(cand: Candidate) -> bool:
    return any(t.lemma_.lower() in WARNING_NOUNS for t in (cand.token, *cand.extra))


def _victim_owner(cand: Candidate, actor_tok: Optional[Token]) -> bool:
    """A person's name before "assassination", "arrest" … names the victim, not the doer."""
    return (cand.kind == "noun" and actor_tok is not None and actor_tok.dep_ == "poss"
            and actor_tok.head.i == cand.token.i and cand.token.lemma_.lower() in VICTIM_NOUNS
            and actor_tok.ent_type_ == "PERSON")


def _bare_noun(cand: Candidate, draft: Draft) -> bool:
    """A noun like "concessions" with no participants, no light verb and no pointing back is no event.

    A threat needs someone behind it or aimed at, even after "the" ("the threat of global warming").
    """
    if cand.kind == "noun" and not cand.extra and draft.event.mode in TOPIC_MODES and not draft.actors:
        return True  # "the impeachment inquiry", "talked about investigations": a topic, no act
    if draft.actors or draft.targets:
        return False
    if cand.kind != "noun" or cand.extra:  # an imperative ("get out of Donbas") has its addressee
        return draft.event.type not in AGENTLESS_TYPES and not draft.anaphoric and \
            (draft.event.modality == "asserted" or not _bare_command(cand.token))

    if draft.event.type in NEEDS_PARTIES:
        return True
    return not draft.anaphoric and draft.event.type not in BARE_NOUN_TYPES


def _bare_command(verb: Token) -> bool:
    """A base-form verb with no subject: a command whose addressee is the party ("get out of X")."""
    return verb.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)


def _noun_in_clause(cand: Candidate) -> bool:
    """A standalone noun takes its clause's modality when it is the clause's subject or object.

    A subject told as done ("the tariffs imposed so far would reduce GDP", "Russia's strikes
    will be remembered") is presupposed: what the clause predicts is its effect, not the event.
    """
    if cand.token.dep_ == "nsubj" and any(c.dep_ == "poss" or (c.dep_ == "acl" and c.tag_ == "VBN")
                                          for c in cand.token.children):
        return False
    return cand.token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") or \
        (cand.token.dep_ == "pobj" and cand.token.head.lower_ in ("for", "of"))


def _apply_modality(cand: Candidate, flags: Flags, verb: Optional[Token]
                    ) -> tuple[Optional[Trigger], str, Optional[Token]]:
    """Turn intentions, conditional threats and reported demands into their own events.

    Returns (trigger, modality, speaker): the speaker, when set, is the actor of a
    REQUEST built from "X said Y must …".
    """
    trig = cand.trigger
    cooperative = trig.type in codes.COOPERATIVE
    if cand.kind == "obligation":
        speech = speech_governor(cand.token)
        obliged = subject_of(cand.token)
        demander = subject_of(speech) if speech is not None else None
        if demander is None or (obliged is not None and not is_party(obliged)) or \
                no_demand(demander, obliged):  # "the ordinance states that …", "we must …"
            return None, "", None  # "the weather should ease", he said: a forecast, not a demand
        return trig, "asserted", demander
    if flags.conditional:
        if (flags.future or flags.hypothetical) and not flags.negated and trig.type not in VERBAL_TYPES \
                and _active_agent(verb or cand.token):
            if cooperative and not flags.condition_unless:
                return Trigger("AGREE", None, None, trig.pattern), "asserted", None
            return Trigger("THREATEN", threat_mode(cand) or None, None, trig.pattern), "asserted", None
        return trig, "conditional", None
    if flags.failed and cooperative:
        return Trigger("REJECT", None, None, trig.pattern), "asserted", None
    if flags.obligation and verb is not None and trig.type in ORDERED_TYPES and not flags.negated:
        ruler = ruling_subject(verb)
        if ruler is not None:
            return trig, "asserted", ruler  # "a judge ruled that X should remain in jail"
    if flags.obligation:
        speech = speech_governor(verb) if verb is not None else None
        speaker = subject_of(speech) if speech is not None else None
        if speaker is not None and verb is not None and not no_demand(speaker, subject_of(verb)):
            return Trigger("REQUEST", None, None, trig.pattern), "asserted", speaker
        return trig, "hypothetical", None
    if flags.future and not flags.hypothetical:
        if cand.kind != "noun" and _thing_subject(_future_bearer(verb or cand.token)):
            return trig, "future", None  # "this grant will fund …": a forecast, no one's intention
        return _intention(cand, flags, cooperative)
    return trig, flags.modality(), None


def _future_bearer(verb: Token) -> Token:
    """The verb that carries "will": the trigger, or the verb it complements ("will force X to leave")."""
    for _ in range(3):
        if any(c.dep_ == "aux" and (c.lower_ in FUTURE_AUX or c.lemma_ == "will") for c in verb.children) or \
                verb.dep_ not in ("xcomp", "ccomp", "conj") or verb.head.i == verb.i:
            return verb
        verb = verb.head
    return verb


def _thing_subject(verb: Token) -> bool:
    """The clause's subject is a thing, not someone who could hold an intention ("the storm")."""
    subject = subject_of(verb)
    return subject is not None and not is_pronoun(subject) and not is_agent(subject_noun(subject))


def _active_agent(verb: Token) -> bool:
    """An intention needs someone who holds it: an active clause with an agent as subject
    ("the rebels would attack if …"), not "aid might be freed if …"."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    subject = subject_of(verb)
    return subject is not None and (is_pronoun(subject) or is_agent(subject_noun(subject)))


def _intention(cand: Candidate, flags: Flags, cooperative: bool
               ) -> tuple[Optional[Trigger], str, Optional[Token]]:
    """"will withdraw" -> AGREE; "will not accept" -> REJECT; "would blockade" -> THREATEN."""
    trig = cand.trigger
    if trig.type == "AGREE" and flags.negated:
        return Trigger("REJECT", None, None, trig.pattern), "asserted", None  # "will not accept"
    if trig.type in VERBAL_TYPES:
        return trig, "negated" if flags.negated else "asserted", None
    if flags.negated:
        if cooperative:
            return Trigger("REJECT", None, None, trig.pattern), "asserted", None
        return trig, "negated", None
    if cooperative:
        return Trigger("AGREE", None, None, trig.pattern), "asserted", None
    return Trigger("THREATEN", threat_mode(cand), None, trig.pattern), "asserted", None


def _roles(cand: Candidate) -> tuple[Optional[Token], Optional[Token]]:
    return roles_of(cand)


def _actors(tok: Optional[Token], ctx: DocContext, event_nouns: set[int],
            remember: bool = False) -> list[Actor]:
    """The actors a head token stands for: conjuncts split, pronouns resolved, countries set.

    With `remember` (the actor side), the first becomes what a later "it" or "they" refers
    back to, and a noun naming its doers ("protesters demanded …") may act.
    """
    if tok is None or (tok.i in event_nouns and not (remember and _agent_noun(tok))) or \
            (tok.ent_type_ in NON_ACTOR_ENTS and not _count_of(tok)):
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
    """An event noun that names its doers ("protesters", "demonstrators"): they can act."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and is_agent(tok)


def _count_of(tok: Token) -> bool:
    """"Thousands of Nigerians": a count of people stands for them."""
    return tok.ent_type_ in ("CARDINAL", "QUANTITY") and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


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


def _is_anaphoric(cand: Candidate) -> bool:
    """A noun mention that points back ("the attack", "this strike") rather than introducing."""
    if cand.kind != "noun" or cand.extra:
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in ANAPHORIC_DETERMINERS for c in cand.token.children)


def _fill_multilateral(draft: Draft, ctx: DocContext) -> None:
    """"trilateral talks with the US": the unnamed parties are the article's main countries."""
    need = next((MULTILATERAL[c.lower_] for c in draft.trigger.children if c.lower_ in MULTILATERAL), 0)
    named = {a.country for a in draft.actors + draft.targets if a.country}
    missing = need - len(draft.actors) - len(draft.targets)
    if missing <= 0:
        return
    for code, name in ctx.salient_countries():
        if missing <= 0:
            break
        if code not in named:
            draft.actors.append(Actor(name, -1, -1, -1, code, "GOV"))
            named.add(code)
            missing -= 1


def _finish(draft: Draft, trigger: Trigger, sent: Span, ctx: DocContext) -> None:
    """Fill codes, actor strings, place, time, ACLED type and confidence."""
    event = draft.event
    lemmas = ctx.lemma_cache.get(sent.start)
    if lemmas is None:
        lemmas = ctx.lemma_cache[sent.start] = {t.lemma_.lower() for t in sent}
    if event.type == "ASSAULT" and (event.mode is None or trigger.type != "ASSAULT"):
        event.mode = event.mode or codes.assault_mode(lemmas)
    event.cameo = codes.cameo_root(event.type, event.mode, trigger.cameo if trigger.type == event.type else None)
    event.quad_class = codes.quad_class(event.cameo)
    event.goldstein = codes.goldstein(event.cameo)
    set_participants(draft)
    anchors = [draft.trigger]
    actor_spans = [(a.start, a.end) for a in draft.actors if a.start >= 0]
    target_spans = [(a.start, a.end) for a in draft.targets if a.start >= 0]
    event.place, event.geo_precision = pick_place(ctx.places, sent, anchors, actor_spans, target_spans,
                                                  ctx.text)
    event.time, event.time_precision = pick_time(ctx.times, sent, anchors, ctx.published, ctx.date_ents)
    set_acled(draft)
    event.confidence = _confidence(draft)


def set_participants(draft: Draft) -> None:
    """Write actor/target strings and countries (several joined with "; " and ";")."""
    event = draft.event
    event.actor = "; ".join(a.text for a in draft.actors) or None
    event.target = "; ".join(a.text for a in draft.targets) or None
    event.actor_country = _join_codes(draft.actors)
    event.target_country = _join_codes(draft.targets)


def _join_codes(actors: list[Actor]) -> Optional[str]:
    codes_ = []
    for a in actors:
        if a.country and a.country not in codes_:
            codes_.append(a.country)
    return ";".join(codes_) or None


def set_acled(draft: Draft) -> None:
    """ACLED event type and sub-type from the PLOVER type, mode and participants."""
    event = draft.event
    actor_sector = draft.actors[0].sector if draft.actors else None
    target_sector = draft.targets[0].sector if draft.targets else None
    protest_target = any(w in (t.text.lower()) for t in draft.targets
                         for w in ("protester", "demonstrator", "protestor", "rally", "crowd"))
    event.acled_type, event.acled_subtype = codes.acled_type(
        event.type, event.mode, draft.pattern, actor_sector, target_sector, protest_target,
        event.type != "RETREAT" or _territorial(draft))


def _territorial(draft: Draft) -> bool:
    """A withdrawal of troops or from a place, not of a filing or a cable."""
    trigger = draft.trigger
    moved = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if moved is not None and not _territory_word(moved):
        return False  # "handed over the hostages to US forces": people, not ground, change hands
    for tok in trigger.subtree:
        if tok.i == trigger.i or tok.dep_ not in ("dobj", "pobj", "nsubjpass"):
            continue
        if tok.lemma_.lower() in codes.TERRITORIAL_OBJECTS or tok.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
    return draft.event.place is not None and not any(
        c.dep_ == "dobj" for c in trigger.children)


def _territory_word(tok: Token) -> bool:
    return tok.lemma_.lower() in codes.TERRITORIAL_OBJECTS or tok.ent_type_ in ("GPE", "LOC", "FAC")


def _confidence(draft: Draft) -> float:
    score = 0.45 if draft.trigger.pos_ in ("VERB", "AUX") else 0.35
    score += 0.25 if draft.actors else 0.0
    score += 0.15 if draft.targets else 0.0
    score += 0.05 if draft.event.place is not None else 0.0
    score -= 0.1 if draft.event.modality != "asserted" else 0.0
    return round(min(score, 0.95), 2)


def _merge_in_sentence(drafts: list[Draft]) -> list[Draft]:
    """Two triggers of one type and modality in one sentence are one event ("attacked … killing")."""
    kept: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.depth, d.trigger.i)):
        same = next((k for k in kept if k.event.type == draft.event.type
                     and k.event.modality == draft.event.modality and not distinct_measures(k.event, draft.event)), None)
        if same is None:
            kept.append(draft)
            continue
        absorb(same, draft, same_sentence=True)
    return sorted(kept, key=lambda d: d.trigger.i)


def absorb(keep: Draft, other: Draft, same_sentence: bool = False) -> None:
    """Fold another mention of the same event into `keep`."""
    event, more = keep.event, other.event
    keep.anaphoric = keep.anaphoric or other.anaphoric
    keep.last_sentence = max(keep.last_sentence, other.last_sentence)
    if not keep.actors and other.actors:
        keep.actors = other.actors
    if other.targets and (not keep.targets or _more_specific(other.targets, keep.targets)):
        keep.targets = _carry_country(other.targets, keep.targets)
    event.mode = event.mode or more.mode
    if not same_sentence:
        event.evidence.extend(e for e in more.evidence if e not in event.evidence)
    if event.place is None or (more.geo_precision or 9) < (event.geo_precision or 9):
        if more.place is not None:
            event.place, event.geo_precision = more.place, more.geo_precision
    if _time_rank(other) < _time_rank(keep):
        event.time, event.time_precision = more.time, more.time_precision
    set_participants(keep)
    set_acled(keep)
    event.confidence = max(event.confidence, more.confidence, _confidence(keep))


def _carry_country(new: list[Actor], old: list[Actor]) -> list[Actor]:
    """A renamed target keeps the country its earlier description gave ("Russia's sites")."""
    country = next((a.country for a in old if a.country), None)
    if country is None or len(new) != 1 or new[0].country:
        return new
    a = new[0]
    return [Actor(a.text, a.start, a.end, a.head, country, a.sector, a.named)]


def _more_specific(new: list[Actor], old: list[Actor]) -> bool:
    """A named target ("the Votkinsk plant") beats a description ("one of Russia's sites")."""
    return any(a.named for a in new) and not any(a.named for a in old)


def _time_rank(draft: Draft) -> int:
    time = draft.event.time
    if time is None:
        return 9
    if time.anchor_source == "published":
        return 5
    return draft.event.time_precision or 4
