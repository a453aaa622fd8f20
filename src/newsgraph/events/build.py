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
from newsgraph.events.actors import Actor, ActorWords, is_pronoun
from newsgraph.events.agents import REFLEXIVES, dateline_end, is_agent, past_dateline, subject_noun
from newsgraph.events.competition import (
    FICTION_TYPES, PROTEST_CUE_RE, fiction_document, is_campaign_rally, is_competition, is_verbal_attack,
    sports_document,
)
from newsgraph.events.countries import count_countries, names_with_countries
from newsgraph.events.context import pick_place, pick_time
from newsgraph.events.detect import Candidate, depth, find_candidates, resolve_frames, threat_mode
from newsgraph.events.drafts import Draft, confidence, merge_in_sentence, set_acled, set_participants
from newsgraph.events.everyday import everyday_sense
from newsgraph.events.figures import content_modality, is_figure_of_speech, plea_trigger, retells_fiction
from newsgraph.events.gates import (
    agent_ok, doers_as_objects, one_sided_talk, place_visit, public_advisory, undergoes)
from newsgraph.events.genre import aid_to_named, clinical_document, commerce_document, named_party
from newsgraph.events.idioms import approval_trigger, talk_within
from newsgraph.events.legal import no_demand
from newsgraph.events.namings import names_no_act
from newsgraph.events.reader import reader_imperative, reader_party
from newsgraph.events.lexicon import Lexicon, Trigger
from newsgraph.events.prospects import (
    address_like, made_threat, place_modifier, placed_only, prospective, standing_text, taken_place, urged_message)
from newsgraph.events.modality import (
    FUTURE_AUX, ORDERED_TYPES, TELLING_VERBS, presupposing_question, Flags, clause_flags, inverted,
    ruling_subject, speech_governor)
from newsgraph.events.resolve import actors_of, roles
from newsgraph.events.roles import is_party, noun_actor, party_or_owner, subject_of
from newsgraph.events.verbsets import TOPIC_MODES
from newsgraph.events.senses import is_other_sense
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
            draft.event.confidence = confidence(draft)
        if cand.token.i in failed and draft.event.type == "CONSULT":
            draft.event.mode = "failed"
        drafts.append(draft)
    if ctx.commerce():
        drafts = [d for d in drafts if _named_sides(d, ctx) or aid_to_named(d, ctx.doc)]
    elif ctx.clinical():  # visits to a doctor, talks with a patient: care, not politics
        drafts = [d for d in drafts if d.event.type in PUBLIC_HEALTH_TYPES or _both_named(d, ctx)]
    _borrow_targets(drafts)
    return merge_in_sentence(drafts)


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
        elif is_other_sense(cand) or everyday_sense(cand) or is_competition(cand, text, ctx.sports()) or \
                is_campaign_rally(cand, text, ctx.protests()) or is_figure_of_speech(cand, text) or \
                names_no_act(cand):
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
    if verb is not None and cand.kind == "noun" and not cand.extra and verb.lemma_.lower() in TELLING_VERBS:
        verb = None  # "police were not linking the arrests to …": the arrests are not denied
    flags = clause_flags(cand.token, verb, question, cand.type in MATERIAL_TYPES)
    trigger, modality, speaker = _apply_modality(cand, flags, verb)
    if trigger is None:
        return None
    modality = prospective(cand.token, verb, content_modality(cand.token, verb, sent, modality))
    actor_tok, target_tok = roles(cand)
    if cand.type in STRIKING_TYPES and actor_tok is not None and actor_tok.i in event_nouns and \
            actor_tok.i != cand.token.i and not is_party(actor_tok) and not is_agent(actor_tok):
        actor_tok = noun_actor(actor_tok)  # "the bombing of the embassy killed 200": not the embassy
    if actor_tok is not None and place_modifier(actor_tok, cand.token):  # "the Africa bombings"
        actor_tok, target_tok = None, target_tok or (actor_tok if taken_place(cand.token) else None)
    if actor_tok is None and cand.type == "ASSAULT":
        actor_tok = _fired_from(cand.token)  # "is shelled daily from Russian positions": Russia fires
    if _answered_charge(cand, actor_tok):
        actor_tok = None  # "pushed back against accusations", "rebutted the criticism": the accused answer
    if _protesters_aimed_at(cand):
        actor_tok, target_tok = cand.token, None  # "police fired tear gas at protesters": they protest
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
    actors = [a for a in actors_of(actor_tok, ctx, event_nouns, remember=True)
              if a.head < 0 or not placed_only(ctx.doc[a.head])]  # "embassies in Kenya, which killed …"
    if _state_protest(trigger, cand, actors, ctx.doc):
        trigger = Trigger("ACCUSE", None, "11", trigger.pattern)  # "Seoul protested to Tokyo": a complaint
    if _police_raid(trigger, cand, actors):
        trigger = Trigger("COERCE", None, "17", trigger.pattern)  # a search by police, not an attack
    if cand.kind != "noun" and any(a.head >= 0 and standing_text(ctx.doc[a.head], cand.token) for a in actors):
        return None  # "the 1978 resolution calls for a withdrawal": a text's content
    if modality == "asserted" and (flags.future or flags.conditional) and not actors:
        return None  # an intention nobody is said to hold ("layoffs will begin")
    if trigger.type == "THREATEN" and not actors and _warning_notice(cand):
        return None  # "evacuation warnings were issued": a notice, no one threatens
    named_targets = actors_of(target_tok, ctx, event_nouns)
    if _bound_apart(actor_tok, target_tok):
        named = {t.text.split()[-1].lower() for t in named_targets if t.text}
        actors = [a for a in actors if not a.text or a.text.split()[-1].lower() not in named]  # not Albright
    targets = [t for t in named_targets
               if t.head not in {a.head for a in actors} and t.text not in {a.text for a in actors}
               and (t.head < 0 or not address_like(ctx.doc[t.head]))]
    if place_visit(trigger.mode, targets, ctx.doc) or public_advisory(trigger.type, targets, ctx.doc) or \
            talk_within(trigger.type, actors, targets, ctx.doc) or \
            one_sided_talk(trigger.type, trigger.mode, actors, targets, ctx.doc, cand):
        return None  # "visited the border": a trip; "warned people to stay away": advice; "his players"
    event = Event(type=trigger.type, mode=trigger.mode, modality=modality,
                  evidence=[EvidenceSpan(sent.start_char, sent.end_char,
                                         ctx.text[sent.start_char:sent.end_char])])
    draft = Draft(event=event, sentence=index, trigger=cand.token, actors=actors, targets=targets,
                  anaphoric=_is_anaphoric(cand), pattern=trigger.pattern, depth=depth(cand.token),
                  last_sentence=index, undone=cand.undone)
    _fill_multilateral(draft, ctx)
    if _bare_noun(cand, draft):
        return None
    _finish(draft, trigger, sent, ctx)
    return draft


BARE_NOUN_TYPES = frozenset({"ASSAULT", "PROTEST"})
# Deeds whose "of" object is the one struck: "the bombing of the embassy killed 200".
STRIKING_TYPES = frozenset({"ASSAULT", "COERCE"})
# Deeds reported without naming who did them ("a bomb exploded", "three were arrested");
# other events need a party on either side ("the holidays arrive" is no visit).
AGENTLESS_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "SANCTION", "AID"})
# Nouns that are no event without someone behind them ("the promise of equal rights").
NEEDS_PARTIES = frozenset({"THREATEN", "AGREE", "REQUEST"})


VICTIM_NOUNS = frozenset({"assassination", "murder", "killing", "kidnapping", "abduction", "rape",
                          "execution", "beheading", "torture", "arrest", "detention", "death",
                          "deportation", "shooting", "stabbing"})


WARNING_NOUNS = frozenset({"warning", "alert", "advisory", "watch", "notice", "alarm"})


def _bound_apart(actor_tok: Optional[Token], target_tok: Optional[Token]) -> bool:
    """A non-reflexive pronoun subject and a named object of one clause are two people ("He
    urged Albright"): the pronoun cannot stand for that name (it would be "herself")."""
    return actor_tok is not None and target_tok is not None and is_pronoun(actor_tok) and \
        actor_tok.lower_ not in REFLEXIVES and not is_pronoun(target_tok)


STATE_SECTORS = frozenset({"GOV", "IGO"})


def _state_protest(trigger: Trigger, cand: Candidate, actors: list[Actor], doc: Doc) -> bool:
    """A state or its government "protested" (verb): an official complaint, not a demonstration."""
    if trigger.type != "PROTEST" or cand.kind != "verb" or cand.token.lemma_.lower() not in ("protest", "complain") \
            or cand.token.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False  # not "started a hunger strike to protest …": a purpose, told of the strike
    return any(a.sector in STATE_SECTORS or (a.head >= 0 and doc[a.head].ent_type_ == "GPE") for a in actors)


def _police_raid(trigger: Trigger, cand: Candidate, actors: list[Actor]) -> bool:
    """"Police raided the offices": a raid by the police is a search or an arrest (COERCE)."""
    return trigger.type == "ASSAULT" and cand.token.lemma_.lower() == "raid" and \
        any(a.sector == "COP" for a in actors)


def _warning_notice(cand: Candidate) -> bool:
    return any(t.lemma_.lower() in WARNING_NOUNS for t in (cand.token, *cand.extra))


# Places a side fires from: "from Russian positions", "from Syrian territory".
FIRING_PLACES = frozenset({"position", "territory", "side", "line", "base", "lines", "positions", "soil"})


def _fired_from(verb: Token) -> Optional[Token]:
    """The side named in "from <nationality> positions" on a passive attack verb with no agent."""
    if verb.pos_ != "VERB" or not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is not None and place.lemma_.lower() in FIRING_PLACES:
            side = next((c for c in place.children if c.dep_ in ("amod", "compound", "poss")
                         and c.ent_type_ in ("NORP", "GPE", "ORG")), None)
            if side is not None:
                return side
    return None


# Verbs by which the accused answer a charge ("rebut the criticism", "push back against claims").
ANSWERING_VERBS = frozenset({"rebut", "deny", "dismiss", "reject", "refute", "counter", "answer", "fend",
                             "deflect", "brush", "shrug", "push", "fight", "defend", "respond", "contest",
                             "downplay", "weather", "face", "ignore"})


def _answered_charge(cand: Candidate, actor_tok: Optional[Token]) -> bool:
    """An accusation noun whose actor was taken from the subject of a verb answering it: the
    subject is the accused ("she pushed back against accusations"), not who accused."""
    tok = cand.token
    if cand.type != "ACCUSE" or cand.kind != "noun" or cand.extra or actor_tok is None:
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in ANSWERING_VERBS:
        return False
    subject = subject_of(verb)
    return subject is not None and subject.i == actor_tok.i


def _protesters_aimed_at(cand: Candidate) -> bool:
    """A plural noun naming protesters as the object of a deed that is no event of its own:
    the protesters are the ones protesting, not the clause's subject."""
    tok = cand.token
    return cand.type == "PROTEST" and cand.kind == "noun" and not cand.extra and tok.tag_ == "NNS" and \
        tok.dep_ == "pobj" and tok.head.lower_ in AIMING_PREPS and tok.lemma_.lower() in PROTESTER_NOUNS


AIMING_PREPS = frozenset({"at", "against", "on", "toward", "towards", "into"})


PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher", "rioter", "picketer",
                             "striker", "activist"})


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
        if inverted(cand.token, OBLIGING_AUX):
            return None, "", None  # "Should Rubio win Florida, …", "Must we pay?": a condition or a question
        speech = speech_governor(cand.token)
        if speech is not None and urged_message(speech):
            return None, "", None  # "urged Albright to tell Americans they should …": a message not yet told
        obliged = subject_of(cand.token)
        demander = subject_of(speech) if speech is not None else None
        if demander is None or (obliged is not None and not is_party(obliged)) or \
                no_demand(demander, obliged):  # "the ordinance states that …", "we must …"
            return None, "", None  # "the weather should ease", he said: a forecast, not a demand
        return trig, "conditional" if flags.conditional else "asserted", demander
    if flags.conditional:
        if trig.type == "THREATEN" and cand.kind != "noun" and made_threat(cand.token):
            return trig, "asserted", None  # "had threatened to revoke his parole if …": the threat was made
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


OBLIGING_AUX = frozenset({"should", "must"})


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
        if trig.type == "REQUEST" and not flags.negated and cand.kind != "noun" and \
                any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in cand.token.children):
            return trig, "future", None  # "he said he would ask residents to …": a request not yet made
        return trig, "negated" if flags.negated else "asserted", None
    if flags.negated:
        if cooperative:
            return Trigger("REJECT", None, None, trig.pattern), "asserted", None
        return trig, "negated", None
    if trig.type == "SUPPORT" and cand.kind != "noun" and _thing_object(cand.token):
        return trig, "future", None  # "sponsors who will support their participation": a service, no pledge to a party
    if cooperative:
        return Trigger("AGREE", None, None, trig.pattern), "asserted", None
    return Trigger("THREATEN", threat_mode(cand), None, trig.pattern), "asserted", None


def _thing_object(verb: Token) -> bool:
    """The verb's object is a thing ("their participation", "the event"), not a party or a place."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and not is_agent(obj) and not is_party(obj) \
        and obj.ent_type_ == ""




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
    event.confidence = confidence(draft)


