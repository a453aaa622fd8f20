"""What the words around an event trigger say about its sense: objects and complements
that make a trigger word name no event ("killed a rabbit", "a $75 billion hit on growth",
"had an article accepted", "asked her if …"). Word classes and small checks used by
`newsgraph.events.senses.is_other_sense`.
"""

from __future__ import annotations

from spacy.tokens import Token

# Blows that, counted in money or aimed at an economic figure, hit no one.
BLOWS = frozenset({"hit", "strike", "batter", "pound", "rock", "hammer", "target", "blow"})

# Animals: killing, shooting or hunting them is no political violence.
ANIMALS = frozenset("""
    animal wildlife game rabbit hare deer elk moose boar pig hog bear wolf fox coyote lion tiger
    leopard elephant rhino giraffe monkey ape gorilla bat rat mouse squirrel marmot bird duck goose
    pigeon chicken hen turkey fish shark whale dolphin seal snake crocodile alligator dog puppy cat
    kitten horse cow cattle livestock sheep goat camel insect mosquito pest
    """.split())


# What a person accepts for themselves: work taken by a publisher, a prize, a job, a payment.
PERSONAL_ACCEPTANCES = frozenset({
    "article", "paper", "essay", "manuscript", "submission", "story", "piece", "post", "book", "photo",
    "award", "prize", "honour", "honor", "nomination", "job", "position", "role", "scholarship",
    "payment", "card", "cookie", "coupon", "gift", "donation", "credit", "cash", "check", "cheque",
})
# An economic blow: "a $75 billion hit on growth", "a blow to the economy".
ECONOMY_WORDS = frozenset({"growth", "economy", "gdp", "revenue", "earnings", "profit", "sales", "income",
                           "budget", "market", "markets", "output", "wage", "wages", "price", "prices",
                           "confidence", "demand", "stock", "stocks", "share", "shares", "investment"})


# What evidence supports: a claim or a view, not a party or a policy.
CLAIMS = frozenset({"claim", "argument", "theory", "view", "finding", "notion", "idea", "hypothesis",
                    "conclusion", "assertion", "contention", "assumption", "thesis", "case", "belief"})


def asks_for_more(tok: Token) -> bool:
    """"called for more", "asked for another": what is asked for is only a quantity."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            return pobj is None or pobj.lower_ in ("more", "another", "encore", "it", "one")
    return False


# Harms nobody inflicts: preventing them restricts no one.
NATURAL_HARMS = frozenset("""
    disease virus infection transmission contagion spread outbreak epidemic pandemic plague flu illness
    fire wildfire flood flooding erosion drought accident injury damage loss decay corrosion
    """.split())


def sum_blow(tok: Token) -> bool:
    """A blow counted in money or aimed at an economic figure: no one was hit."""
    if tok.lemma_.lower() not in BLOWS:
        return False
    if any(t.ent_type_ in ("MONEY", "PERCENT") or t.like_num for t in tok.lefts):
        return True
    if tok.dep_ == "acl" and tok.head.ent_type_ in ("MONEY", "PERCENT"):
        return True  # "a $75 billion dollar hit" parsed as a participle
    return any(c.dep_ == "prep" and c.lower_ in ("on", "to") and
               any(p.dep_ == "pobj" and p.lemma_.lower() in ECONOMY_WORDS for p in c.children)
               for c in tok.children)


def indirect_question(tok: Token) -> bool:
    """An "if"/"whether" clause hung on the verb, and no infinitive saying what to do."""
    if any(c.dep_ == "xcomp" for c in tok.children):
        return False
    return any(c.dep_ in ("advcl", "ccomp", "dobj") and
               any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
               for c in tok.children)
