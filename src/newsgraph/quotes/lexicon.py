"""Word lists for attribution: reporting verbs, communication nouns, role nouns.

Lemmas, lower case. Kept in one place so they can be read and extended.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that introduce a direct quote ("…," he added / she wrote: "…").
SPEECH_VERBS = _words(
    """
    say tell add write remark assert state declare announce explain note argue claim insist
    warn stress emphasize emphasise ask answer reply respond continue recall admit acknowledge
    concede complain contend maintain suggest predict promise vow pledge confirm deny report
    reveal tweet post comment observe mention joke quip laugh shout yell scream whisper cry
    exclaim chant murmur mutter lament boast brag testify conclude describe urge caution demand
    thunder proclaim affirm allege charge counter retort interject interrupt agree disagree
    muse wonder text email message blog read begin plead beg scoff sneer snap fume rail sigh
    question challenge threaten hint opine reason reiterate repeat summarize summarise
    elaborate advise instruct recount relate offer propose recommend complain grumble gush
    marvel concur protest object dismiss mock ridicule praise criticize criticise blast slam
    accuse attack quote cite toast intone preach pray sing bark growl snarl hiss gasp groan
    moan roar bellow howl cheer shrug sniff call label dub brand term thank hail decry
    denounce condemn echo warn inform assure remind recall retweet caption headline
    interrupt volunteer venture concede acknowledge beam boom grin smile scold gush rave
    rant huff snort squeal shriek wail sob stammer stutter chuckle giggle cackle jest tease
    """
)

# Verb + particle cues ("he went on", "she pointed out").
PHRASAL_CUES = frozenset(
    {
        ("go", "on"), ("point", "out"), ("fire", "back"), ("shoot", "back"), ("hit", "back"),
        ("chime", "in"), ("weigh", "in"), ("lash", "out"), ("cry", "out"), ("call", "out"),
        ("sum", "up"), ("spell", "out"), ("speak", "up"), ("speak", "out"), ("break", "in"),
    }
)

# Verbs of saying, thinking and showing whose clause is an indirect attribution
# ("X said (that) …", "X believes …", "polls show …").
INDIRECT_VERBS = (SPEECH_VERBS | _words(
    """
    think believe hope fear expect know consider doubt worry estimate find show indicate
    suggest reveal demonstrate learn understand realize realise recognize recognise
    assume guess imagine suspect conclude decide determine argue contend acknowledge agree
    insist predict forecast project anticipate envision foresee guarantee assure reassure
    inform notify signal vow pledge promise threaten hint imply write post tweet announce
    declare testify confess hop see convince share clarify speculate calculate discover
    rule
    """
)) - _words("begin continue read call")

# Verbs whose direct object is the attributed content ("Trump criticized the deal").
OBJECT_VERBS = _words(
    """
    support criticize criticise endorse discuss back defend announce mention describe praise
    accuse cite oppose propose want urge dismiss question denounce highlight confirm
    prefer challenge tweet recall express applaud slam reject deny condemn blame welcome
    blast thank congratulate mock ridicule demand predict acknowledge admit reveal report
    promise vow recommend advocate decry lament tout hail laud
    dispute refute contest say show seek view offer list voice reference disclose
    outline credit detail rebuke articulate attribute rebut recite repudiate liken chide assail
    retweet bash justify pitch attack claim post explain note echo repeat reiterate underscore
    emphasize emphasise stress suggest quote warn recount signal order fear state argue concede
    unveil savage clarify lambast reaffirm trumpet bemoan taunt utter publicize spotlight
    """
)

# Verbs that name or judge their object ("Sanders calls Clinton unqualified").
NAMING_VERBS = _words(
    "call label brand dub term deem consider declare pronounce proclaim see view regard portray paint characterize characterise cast"
)

# Verbs of appearance: "Kasich appears to have the state to himself" (evidence, no source).
SEEM_VERBS = _words("seem appear")

# Verbs whose infinitive complement is the content ("X vowed to fight", "urged Y to act").
INFINITIVE_VERBS = _words(
    """
    want refuse vow seek plan urge decline pledge ask decide hope hop promise agree propose
    threaten expect aim prefer intend call encourage tell warn advise order demand push
    press vote request
    """
)

# Nouns whose "that"-clause or infinitive is attributed content ("Trump's claim that …").
CONTENT_NOUNS = _words(
    """
    statement claim assertion argument view belief suggestion promise pledge vow warning
    announcement report allegation accusation charge insistence contention conclusion finding
    prediction threat demand admission acknowledgment acknowledgement denial comment remark
    message assurance proposal insistence complaint testimony notion plan decision refusal
    bid push intention desire goal call case concern hope doubt agreement
    inclination assumption reluctance commitment rumor rumour
    """
)

# Noun + preposition whose object is the content ("Trump's attacks on the process").
NOUN_PREPOSITION_CUES = frozenset(
    {
        ("criticism", "of"), ("view", "of"),
        ("view", "on"), ("view", "about"), ("opposition", "to"), ("endorsement", "of"),
        ("proposal", "for"), ("call", "for"), ("embrace", "of"), ("defense", "of"), ("defence", "of"),
        ("praise", "for"), ("praise", "of"), ("condemnation", "of"), ("demand", "for"), ("warning", "about"),
        ("warning", "of"), ("warning", "against"), ("complaint", "about"), ("concern", "about"),
        ("concern", "over"), ("skepticism", "about"), ("skepticism", "of"), ("commitment", "to"),
        ("hostility", "to"), ("hostility", "toward"), ("question", "about"), ("criticism", "about"),
        ("message", "about"), ("campaign", "against"), ("promise", "of"),
        ("advocate", "of"), ("advocate", "for"), ("critic", "of"), ("supporter", "of"),
        ("opponent", "of"), ("proponent", "of"), ("fan", "of"), ("champion", "of"),
        ("skeptic", "of"), ("defender", "of"),
        ("support", "for"), ("attack", "on"), ("attack", "against"), ("swipe", "at"),
        ("critique", "of"), ("announcement", "of"), ("estimate", "of"), ("assessment", "of"),
        ("statement", "on"), ("statement", "about"), ("comment", "on"), ("comment", "about"),
        ("remark", "about"), ("remark", "on"), ("declaration", "of"), ("acknowledgement", "of"),
        ("acknowledgment", "of"), ("allegation", "against"), ("allegation", "of"), ("accusation", "against"),
        ("accusation", "of"), ("reply", "to"),
        ("tribute", "to"), ("mention", "of"), ("denial", "of"), ("approval", "of"),
        ("disapproval", "of"), ("rejection", "of"), ("prediction", "of"),
        ("case", "for"), ("case", "against"), ("doubt", "about"), ("criticism", "for"),
        ("criticism", "on"), ("criticism", "over"), ("talk", "about"), ("opinion", "of"),
        ("word", "about"), ("thought", "on"), ("conversation", "about"),
        ("joke", "about"), ("hope", "for"), ("proposal", "on"), ("faith", "in"), ("opinion", "on"),
        ("denunciation", "of"), ("anxiety", "about"), ("speech", "about"), ("debate", "about"),
    }
)

# Adjectives of stance whose complement is the content ("X is critical of Y", "X is
# confident that …", "X is eager to …").
STANCE_ADJECTIVES = _words(
    """
    critical supportive skeptical sceptical wary opposed confident optimistic pessimistic
    concerned worried sure certain convinced aware hopeful afraid proud unhappy angry upset
    eager willing ready reluctant determined adamant unsure doubtful enthusiastic clear
    divided split tired appreciative grateful assured
    """
)

# Verb + preposition whose object is the content ("called for a ban", "talked about jobs").
PREPOSITION_CUES = frozenset(
    {
        ("call", "for"), ("talk", "about"), ("speak", "about"), ("speak", "of"), ("refer", "to"),
        ("point", "to"), ("respond", "to"), ("comment", "on"),
        ("advocate", "for"), ("argue", "for"), ("argue", "against"), ("push", "for"), ("ask", "about"),
        ("ask", "for"), ("warn", "of"), ("warn", "about"), ("warn", "against"), ("complain", "about"),
        ("apologize", "for"), ("worry", "about"), ("boast", "about"), ("brag", "about"),
        ("insist", "on"), ("campaign", "for"), ("campaign", "against"),
        ("write", "about"), ("testify", "about"), ("joke", "about"), ("weigh", "in"),
        ("vote", "for"), ("focus", "on"), ("reflect", "on"), ("touch", "on"), ("cheer", "for"),
        ("root", "for"), ("rail", "against"), ("agree", "with"), ("disagree", "with"), ("side", "with"),
        ("vouch", "for"), ("call", "on"), ("hint", "at"), ("balk", "at"), ("boast", "of"), ("agree", "on"),
        ("hope", "for"), ("hop", "for"), ("distance", "from"), ("lash", "at"), ("dwell", "on"),
        ("allude", "to"), ("speculate", "about"), ("admit", "to"), ("confess", "to"),
    }
)

# Sentence openers naming the source of the main clause, by preposition: "In a CNN poll,
# …", "By the AP's count, …", "To his critics, …" (for "to" a person, a group or a pronoun
# does as well). "For X, …" is left out: mostly no attribution ("For Obama, it was a day of …").
SOURCE_OPENERS = {
    "in": _words(
        """
        poll survey study report interview statement speech letter memo op-ed editorial column
        article book filing complaint lawsuit indictment analysis estimate tally count tweet post
        email message remarks testimony video ad advertisement view opinion words account
        assessment review audit investigation research data documents transcript
        """
    ),
    "by": _words("measure account count tally estimate reckoning standard calculation analysis metric"),
    "to": _words(
        """
        voter supporter critic opponent democrat republican conservative liberal progressive
        activist member people american official leader many some most others expert analyst
        """
    ),
}

# Nouns that make "X released a message: “…”" an attribution.
COMMUNICATION_NOUNS = _words(
    """
    statement message tweet post words remark remarks comment comments response reply note
    letter email interview speech announcement caption slogan warning video tweet op-ed
    column essay memo release declaration address testimony answer question press
    """
)

# Description heads that stand for a person, by role group: a description matches an
# entity described by a word of the same group ("the Ukrainian leader" ~ "President").
PERSON_ROLE_GROUPS = {
    "leader": "leader president premier chancellor king queen monarch ruler strongman dictator emir head prime",
    "official": "official spokesman spokeswoman spokesperson minister secretary ambassador diplomat envoy aide adviser advisor",
    "lawmaker": "lawmaker senator congressman congresswoman representative legislator politician",
    "candidate": "candidate nominee contender hopeful frontrunner challenger",
    "military": "commander general officer colonel admiral soldier",
    "business": "executive ceo chairman chairwoman founder co-founder owner co-owner businessman businesswoman billionaire tycoon mogul investor",
    "media": "journalist reporter correspondent editor anchor host columnist",
    "expert": "expert analyst professor researcher scientist economist",
    "legal": "judge lawyer attorney prosecutor",
}
ORG_ROLE_GROUPS = {
    "company": "company firm manufacturer maker producer corporation business conglomerate retailer startup developer contractor supplier operator provider giant",
    "government": "government administration ministry department agency authority authorities regime cabinet",
    "party": "party campaign committee movement",
    "group": "group organization organisation association union coalition alliance network",
    "media": "newspaper paper outlet broadcaster channel agency network magazine",
    "military": "army military force forces command",
}
PERSON_NOUNS = frozenset(w for ws in PERSON_ROLE_GROUPS.values() for w in ws.split()) | _words(
    "man woman person resident witness mother father governor mayor prosecutor spokesman source chief"
)
ORG_NOUNS = frozenset(w for ws in ORG_ROLE_GROUPS.values() for w in ws.split())
ROLE_GROUP_OF = {
    w: name for groups in (PERSON_ROLE_GROUPS, ORG_ROLE_GROUPS) for name, ws in groups.items() for w in ws.split()
}

# The entity sector (see newsgraph.entities) each role group belongs to.
GROUP_SECTOR = {
    "leader": "government", "official": "government", "lawmaker": "government",
    "government": "government", "military": "military", "business": "business",
    "company": "business", "media": "media", "expert": "academic", "legal": "legal",
}

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "it"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
