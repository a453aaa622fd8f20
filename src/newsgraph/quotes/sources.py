"""Who may be the source of an indirect attribution: a fact-checker's "who said what".

PolNeAR annotates speech, thought and stance, whoever holds them; a reader of the record
wants the claims of people, organisations and documents the article reports. So an
indirect attribution found by `indirect` is kept only when (`credible`):
- its speaker is not the writer or the reader ("we think", "you want", "us know");
- an indefinite pronoun or a generic group with a modal is no source either ("others
  may argue", "anybody would want", "users will expect");
- a verb of thinking, wanting or showing ("think", "want", "show", "suggest", "plan")
  has a source-like subject: a name, a third-person pronoun, a noun for a person, a
  group or an organisation ("officials", "the company"), or a document ("a study", "the
  poll"); "the data suggests", "This graphic shows" are the writer's own voice;
- a content that is only a noun phrase ("criticized the deal", "his attacks on the plan")
  comes from a speech act (`SPEECH_ACT_VERBS`, `SPEECH_PREPOSITIONS`, `SPEECH_ACT_NOUNS`
  with their speaker), a judgment ("regards X as Y") or evidence ("the poll shows X
  ahead") of a source-like speaker, and is more than a pronoun ("talked about it"); not
  from verbs of doing ("offered discounts", "unveiled a laptop", "backed the bill") or
  other nouns ("a statement on their website", "fans of …", "questions about …");
- a state of mind ("suspect", "fear", "doubt") or a plan or attempt with its infinitive or
  gerund ("intends to", "tried to", "considered moving", "declined to comment") is no claim
  ("think", "believe" stay: news reports a source's view with them);
- what a person "shows" or "indicates" is no claim ("she has shown no partisanship"); a
  speaker inside quote marks is the writer's label ("the “Never Trumpers” who oppose
  him"); "decided to …" is an act;
- a cue names its speaker, except a verb of saying in the active ("criticizing the plan,
  …": the parse lost the subject) and a noun with a "that"-clause ("allegations that …",
  not a thought: "the assumption that …" with no one holding it is no claim);
  an appearance or a passive with no agent ("X seemed unperturbed", "is seen as a
  vote of confidence", "is said to …") names nobody.
Verbs of saying proper ("said", "told", "wrote") keep any third-person subject: "the
website says", "the filing said" are sources.
"""

from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Doc, Token

from newsgraph.quotes.acts import bare_act
from newsgraph.quotes.nonclaims import non_claim
from newsgraph.quotes.lexicon import NAMING_VERBS, ORG_NOUNS, PERSON_NOUNS, SOURCE_OPENERS, SPEECH_VERBS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


WRITER_WORDS = _words("i me we us you my our your myself ourselves yourself yourselves")
INDEFINITE_WORDS = _words(
    "anybody anyone everybody everyone somebody someone nobody one"
)
THING_WORDS = _words("everything something nothing anything")
GENERIC_GROUPS = _words(
    "others people users readers consumers customers fans buyers viewers owners folks many some most few"
)
SOURCE_PRONOUNS = _words("he she they him her them his their its")
SOURCE_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
DOCUMENT_NOUNS = _words(
    """
    study report poll survey analysis research paper document record filing audit review
    investigation memo letter statement census complaint lawsuit indictment ruling order
    judgment verdict assessment estimate forecast projection release email tweet post website
    article book transcript testimony findings finding paper journal video footage recording
    """
)
HUMAN_NOUNS = (
    PERSON_NOUNS | ORG_NOUNS | SOURCE_OPENERS["to"]
    | _words(
        """
        people officials leaders experts analysts critics supporters opponents residents
        authorities investigators police scientists researchers doctors economists lawmakers
        author authors administration government court judge jury panel board council
        team staff employee employees worker workers parent parents student students teacher
        teachers citizen citizens family families victim victims survivor survivors
        protester protesters advocate advocates observer observers insider insiders source
        sources official spokesperson representative representatives democrats republicans
        investor investors manufacturer manufacturers developer developers user users
        voter voters member members publication publications newspaper newspapers outlet
        outlets editorial camp side senate house congress parliament ministry regulator
        legislator lawmaker supporter leader owner manager founder organizer protester employer
        reporter senator governor donor doctor director prosecutor inspector auditor officer
        physician nurse lawyer attorney coach player fan
        airline carrier bank lender insurer watchdog club embassy palace forecaster broadcaster charity
        service office bureau boss
        """
    )
)
# Verbs whose infinitive is an act, not a claim: "decided to move the game".
NO_CLAIM_VERBS = _words("decide")
# Verbs of intent, commitment or refusal whose infinitive is an act, not words: "offered to
# fly them home", "agreed to return the cash", "planned to charge", "aims to cut",
# "declined to comment" (a refusal says nothing). "agreed that …" keeps its clause.
INTENT_VERBS = _words("decline refuse offer agree plan aim")
# Verbs of a plan or an attempt ("intends to", "seeks to", "tried to", "considered moving"):
# no claim for a fact-checker, though PolNeAR counts them as stances (a quote inside one,
# "tried to paint her as “crooked”", is still reported: see `INTENT_VERBS` in `__init__`).
PLAN_VERBS = _words("intend seek try consider")
# Verbs of a state of mind ("suspect", "fear"): a belief, not a claim ("think", "believe" stay:
# "police believe the fires are linked" is how news reports a source's view).
BELIEF_VERBS = _words("suspect fear doubt assume suppose imagine")
# Things that show but never speak: "the scan revealed …", "video footage shows …" is the
# writer's account of the evidence ("a video posted by X shows" names its author).
MEDIA_NOUNS = _words("video videos footage image images photo photos photograph picture pictures scan scans x-ray recording")
# Evidence that is no speech when a person is the subject ("she has shown restraint").
SHOWING_VERBS = _words("show indicate demonstrate prove")
AGENT_SUFFIXES = ("ist", "ian", "ists", "ians")  # nouns for people by what they do or hold
# Verbs that report a claim but do not say it ("the data suggests", "polls show"):
# they need a source-like subject like the verbs of thinking and wanting.
EVIDENCE_VERBS = _words("suggest show indicate reveal confirm demonstrate prove imply hint signal predict")
# Speech acts whose object is what was said ("accused X of …", "denied the report").
SPEECH_ACT_VERBS = _words(
    """
    criticize criticise endorse praise accuse deny describe denounce condemn dismiss blame slam
    blast mock ridicule thank congratulate hail laud decry lament tout dispute refute rebuke
    chide assail bash claim quote cite announce mention recommend urge warn question challenge
    reject oppose defend applaud reaffirm rebut repudiate liken credit detail outline recount
    reiterate repeat echo acknowledge admit concede confirm reveal report predict promise vow
    propose demand call label brand dub term characterize characterise portray attack discuss
    express note say stress emphasize emphasise underscore disclose paint ask lay articulate
    clarify bemoan post tweet retweet explain state voice contest list
    """
)
# Nouns of intent: with nobody named ("a plan to achieve your goal") no one's claim.
INTENT_NOUNS = _words(
    "plan decision bid push intention desire goal hope inclination reluctance commitment refusal agreement"
)
# Nouns of a thought: with no thinker named ("the assumption that chiefs own the land") no one's claim.
THOUGHT_NOUNS = _words("assumption belief notion idea perception impression sense feeling view premise")
# Nouns of speech acts whose object is what was said ("his attacks on the plan").
SPEECH_ACT_NOUNS = _words(
    """
    criticism critique condemnation denunciation praise attack swipe accusation allegation
    warning call demand endorsement denial rejection comment remark joke tribute announcement
    declaration acknowledgement acknowledgment reply prediction promise complaint
    """
)
SPEECH_PREPOSITIONS = frozenset(
    {
        ("call", "for"), ("talk", "about"), ("speak", "about"), ("speak", "of"), ("refer", "to"),
        ("comment", "on"), ("argue", "for"), ("argue", "against"), ("ask", "about"), ("ask", "for"),
        ("warn", "of"), ("warn", "about"), ("warn", "against"), ("complain", "about"),
        ("apologize", "for"), ("boast", "about"), ("brag", "about"), ("insist", "on"),
        ("write", "about"), ("testify", "about"), ("joke", "about"), ("rail", "against"),
        ("vouch", "for"), ("call", "on"), ("hint", "at"), ("boast", "of"), ("allude", "to"),
        ("speculate", "about"), ("push", "for"), ("admit", "to"), ("confess", "to"),
    }
)


DURATION_NOUNS = _words("second minute hour day week month year decade century")
# Common nouns for places and sectors (not "city", "state": a government may speak for them):
# as the subject of "demand" … they state a need.
PLACE_NOUNS = _words("region area place district neighborhood neighbourhood sector economy")


def credible(doc: Doc, cue: Token, speaker: Optional[Token], clause: bool, content: tuple[int, int], quoted: Sequence[bool]) -> bool:
    """Whether an indirect attribution is a claim of a source (see the module docstring)."""
    return not refusal(doc, cue, speaker, clause, content, quoted)


def refusal(doc: Doc, cue: Token, speaker: Optional[Token], clause: bool, content: tuple[int, int], quoted: Sequence[bool]) -> str:
    """Why an indirect attribution is no claim of a source ("" when it is one)."""
    if speaker is not None and quoted[speaker.i]:
        return "quoted-speaker"  # "the “Never Trumpers” who oppose him": the writer's label
    if speaker is not None and not _third_party(speaker, cue):
        return "writer-or-generic"
    construction = non_claim(doc, cue, speaker, content) or bare_act(doc, cue, clause, content)
    if construction:
        return construction  # "if she reports …", "a standard called USB4", "defended Cruz"
    if cue.lower_ == "according" or cue.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
        return ""  # "according to X", a headline "Name: …", a source opener "In a poll, …"
    lemma = cue.lemma_.lower()
    if _bare_generic(speaker) and lemma not in SPEECH_VERBS:
        return "generic-thinker"  # "Users expect to …", "People find …": the writer's generalisation
    if lemma in BELIEF_VERBS and not (lemma == "fear" and clause):
        return "belief"  # "meteorologists suspect …", "investors fear …": a state of mind, no claim
    if lemma in NO_CLAIM_VERBS:
        return "no-claim"  # "decided to fix …": an act, no words
    if (lemma in INTENT_VERBS or lemma in PLAN_VERBS) and _infinitive(doc, content):
        return "intent"  # "offered to fly …", "declined to comment": an act or a refusal, no claim
    if _nobody(speaker):
        return "nobody"  # "no one knows …": no source
    if lemma in EVIDENCE_VERBS and _media(speaker):
        return "media-shows"  # "the scan revealed …", "footage shows …": evidence, not a source
    if speaker is None:
        passive = any(c.dep_ == "auxpass" for c in cue.children)  # "is said to …", "was criticized"
        speech = cue.pos_ == "VERB" and not passive and (lemma in SPEECH_ACT_VERBS or lemma in SPEECH_VERBS)
        claim = cue.pos_ == "NOUN" and clause and lemma not in INTENT_NOUNS | THOUGHT_NOUNS  # "allegations that …"
        return "" if speech or claim else "no-speaker-" + cue.pos_  # "a statement on …", "is seen as …"
    if cue.pos_ == "VERB" and clause and lemma in SPEECH_VERBS and lemma not in EVIDENCE_VERBS:
        return ""  # "the website says …", "it said …"
    if cue.pos_ == "VERB" and not clause and lemma in SPEECH_ACT_VERBS:
        if speaker.pos_ == "NOUN" and speaker.lemma_.lower() in PLACE_NOUNS:
            return "place-demands"  # "a region like Delhi demands deployment": a need, no words
        return "" if _more_than_pronoun(doc, content) else "np-pronoun"  # "the ad attacked her record"
    if not source_like(speaker):
        return "not-source-" + cue.pos_ + ("-clause" if clause else "-np")  # "the data suggests …"
    if lemma in SHOWING_VERBS and _a_person(speaker):
        return "person-shows"  # "she has shown no partisanship": what a person shows is no claim
    if cue.pos_ == "NOUN" and not clause and lemma not in SPEECH_ACT_NOUNS:
        return "noun-np"  # "a statement on their website", "fans of …", "questions about …"
    if cue.pos_ != "VERB" or clause:
        return ""  # "X's claim that …", "X is critical of …", "X wants to …"
    return "" if _nominal_speech(doc, cue, lemma, content) else "np-not-speech"


def _third_party(speaker: Token, cue: Token) -> bool:
    """Not the writer, the reader, an indefinite pronoun, or a generic group with a modal."""
    word = speaker.lower_
    if word in WRITER_WORDS:
        return False
    if any(c.dep_ == "poss" and c.lower_ in WRITER_WORDS for c in speaker.children) and not source_like(speaker):
        return False  # "our testing suggests" (but "my mother mentioned")
    if word in THING_WORDS:
        return False  # "everything", "nothing": no one
    if word == "it" and speaker.head.lemma_ == "be":
        return False  # "it is hard to describe …": no one
    generic = word in GENERIC_GROUPS or word in INDEFINITE_WORDS
    return not (generic and any(c.tag_ == "MD" for c in cue.children))


def source_like(token: Token) -> bool:
    """A name, a third-person pronoun, or a noun for people, an organisation or a document."""
    if token.lower_ in SOURCE_PRONOUNS:
        return True
    if token.ent_type_ in SOURCE_ENTITY_TYPES:
        return not is_dateline(token)  # "SIOUX FALLS, S.D. —" is no source; "NASA believes" is
    if token.pos_ == "PROPN":
        return True
    if token.lemma_.lower() in DURATION_NOUNS:
        return False  # "ITV3's 90-minute tribute", "90 minutes": a length of time, no one
    if token.like_num or any(c.dep_ == "nummod" for c in token.children):
        return True  # "Twelve percent said …", "56 percent of voters believe …": a poll's answer
    if any(c.dep_ == "prep" and c.lower_ in ("by", "from") and _named(c) for c in token.children):
        return True  # "tests by Digital Foundry reveal …": the named author's evidence
    if any(c.dep_ == "acl" and any(g.dep_ == "agent" and _named(g) for g in c.children) for c in token.children):
        return True  # "the data released by the trade agency indicates …": its named publisher's
    lemma = token.lemma_.lower()
    if lemma.endswith(AGENT_SUFFIXES):
        return True  # "environmentalists", "economists", "politicians", "Republicans"
    return lemma in HUMAN_NOUNS or token.lower_ in HUMAN_NOUNS or lemma in DOCUMENT_NOUNS


def is_dateline(token: Token) -> bool:
    """ "HANOI, Vietnam (AP) — …", "KYIV, March 3 (Reuters) - …": a place in capitals that
    opens its line, followed by a comma; or a place followed by a dash ("Indianapolis – …")."""
    doc = token.doc
    first = token.i
    while first > 0 and token.is_upper and doc[first - 1].is_upper and doc[first - 1].is_alpha:
        first -= 1  # "THE HAGUE", "NEW YORK"
    at_line_start = first == 0 or (doc[first - 1].is_space and "\n" in doc[first - 1].text)
    if not at_line_start or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1].text
    if after in ("—", "–", "-", "--"):
        return token.ent_type_ in ("GPE", "LOC") or token.is_upper  # "Indianapolis – Several thousand …"
    return token.is_upper and len(token.text) > 1 and after in (",", "(")  # "THE HAGUE (Harbor Wire) —"


def _infinitive(doc: Doc, content: tuple[int, int]) -> bool:
    """A content that is a bare infinitive or gerund ("to comment", "to return the cash",
    "changing her plans")."""
    start, end = content
    if end > start and doc[start].tag_ == "VBG" and doc[start].dep_ in ("xcomp", "ccomp"):
        return True
    return end > start and doc[start].lower_ == "to" and start + 1 < len(doc) and doc[start + 1].pos_ in ("VERB", "AUX")


def _nobody(speaker: Optional[Token]) -> bool:
    """ "nobody", "no one", "no official": a speaker denied to exist."""
    if speaker is None:
        return False
    return speaker.lower_ in ("nobody", "none") or any(c.dep_ == "det" and c.lower_ == "no" for c in speaker.children)


def _media(speaker: Optional[Token]) -> bool:
    """A picture, recording or scan with no named author ("the video", not "a video by X")."""
    if speaker is None or speaker.lemma_.lower() not in MEDIA_NOUNS and speaker.lower_ not in MEDIA_NOUNS:
        return False
    return not any(c.dep_ in ("prep", "acl") and (_named(c) or any(_named(g) for g in c.children)) for c in speaker.children)


def _bare_generic(speaker: Optional[Token]) -> bool:
    """A generic group with no word narrowing it ("Users", "people"; not "local people",
    "people familiar with the talks")."""
    return speaker is not None and speaker.pos_ == "NOUN" and speaker.lower_ in GENERIC_GROUPS and not any(speaker.children)


def _named(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.ent_type_ in SOURCE_ENTITY_TYPES) for c in prep.children)


def _a_person(token: Token) -> bool:
    return token.lower_ in ("he", "she", "him", "her") or token.ent_type_ == "PERSON"


def _more_than_pronoun(doc: Doc, content: tuple[int, int]) -> bool:
    """ "talked about it": a lone pronoun says nothing the record can show."""
    start, end = content
    return end - start > 1 or doc[start].pos_ != "PRON"


def _nominal_speech(doc: Doc, cue: Token, lemma: str, content: tuple[int, int]) -> bool:
    """A noun-phrase content of a verb with its preposition ("talked about …"), more than a pronoun."""
    if not _more_than_pronoun(doc, content):
        return False
    if (lemma in NAMING_VERBS and lemma != "view") or lemma in EVIDENCE_VERBS:
        return True  # "regards the deal as a mistake", "the poll shows Clinton ahead"
    after = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    return after is not None and (lemma, after.lower_) in SPEECH_PREPOSITIONS
