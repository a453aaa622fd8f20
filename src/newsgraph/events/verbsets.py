"""Word sets that tell how a clause's subject stands to the event its object or complement names
(comments on it, causes it, stops it, punishes it), for `roles`."""

from __future__ import annotations


# Verbs that talk about an event rather than take part in it: "the ministry would not
# comment on the attack", "Kyiv condemned the strike" (the subject is not the attacker).
COMMENTING_VERBS = frozenset({
    "comment", "respond", "react", "condemn", "deny", "criticize", "criticise", "denounce", "decry",
    "investigate", "probe", "report", "describe", "discuss", "mourn", "blame", "praise", "welcome",
    "question", "answer", "dismiss", "survive", "witness", "recall", "remember", "ignore", "cover",
    "document", "film", "record", "watch", "hear", "see", "follow", "monitor", "analyse", "analyze",
    "highlight", "explore", "examine", "depict", "portray", "cite", "mention", "note", "commemorate",
    "recount", "detail", "chronicle", "study", "review", "dramatize", "dramatise", "remind",
    "reveal", "refer", "talk", "testify", "speak", "protest", "oppose", "deplore", "lament",
})


# Nouns that are often a topic ("talked about investigations", "arrested during a narcotics
# investigation"): the governing verb's subject is their agent only when it opens or runs them.
TOPIC_MODES = frozenset({"investigate"})
OPENING_VERBS = frozenset({"open", "launch", "begin", "start", "conduct", "hold", "announce", "order",
                           "initiate", "lead", "run", "carry", "pursue", "expand", "widen", "reopen"})


# Prepositions whose object is what the clause's subject undergoes, not what it does.
SOURCE_PREPS = frozenset({"from", "by", "under", "despite"})
# Verbs whose subject causes the event their object names without doing it.
CAUSING_VERBS = frozenset({"spark", "trigger", "prompt", "provoke", "fuel", "cause", "ignite", "spur",
                           "stoke", "inflame"})
NOT_TAKING_PART = COMMENTING_VERBS | CAUSING_VERBS
# Prepositions of circumstance: "returned the money after public criticism", "arrested during a
# raid", "resigned amid protests": the noun is what surrounded the deed, not the subject's act.
CIRCUMSTANCE_PREPS = frozenset({"after", "amid", "amidst", "following", "during", "before", "since"})


# Verbs that stop, forbid or put down the event their object names: their subject is its opponent.
STOPPING_VERBS = frozenset({"crush", "quell", "suppress", "repress", "disperse", "ban", "prohibit", "forbid",
                            "outlaw", "stop", "halt", "prevent", "block", "thwart", "foil", "smash", "squash",
                            "contain", "curb", "stifle", "silence"})


# Verbs of punishing or rebuking a party for a deed the party (not the punisher) is blamed for.
PUNISHING_VERBS = frozenset({"expel", "sanction", "sue", "arrest", "detain", "charge", "punish", "summon",
                             "recall", "fine", "jail", "accuse", "reprimand", "suspend", "indict", "prosecute",
                             "convict", "sentence", "blacklist", "penalize", "penalise", "censure"})

# Nouns of a phrase that names a deed's cause: "in response to", "in retaliation for".
CAUSE_NOUNS = frozenset({"response", "retaliation", "revenge", "reprisal", "answer"})
