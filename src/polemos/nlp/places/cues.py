"""The words around a name that make it a place, and how strongly they put an event there: the entity types of
places, unit and settlement nouns ("Idlib province", "the town of Samarra"), locative prepositions ranked ("in X"
before "of X"), and the proper nouns after "in/at/near" that the model did not tag as places."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from polemos.knowledge.gazetteer import Gazetteer

PLACE_LABELS = ("GPE", "LOC", "FAC")


# Nouns after a toponym that name the unit itself ("the Tigray region", "Idlib province").
UNIT_NOUNS = ("region", "province", "state", "governorate", "district", "oblast", "county", "strip")


# Nouns that a toponym names through "of" or apposition ("the town of Samarra", "the capital Kabul").
SETTLEMENT_NOUNS = frozenset(UNIT_NOUNS + ("city", "town", "village", "capital", "port", "enclave", "area",
                                           "suburb", "neighbourhood", "neighborhood", "camp", "outskirts"))


# Prepositions that put an event somewhere ("in Vienna") rank before other links ("Sudan's army").
LOCATIVE = {"in": 0, "at": 0, "near": 0, "outside": 0, "inside": 0, "across": 0, "throughout": 0,
            "within": 0, "around": 0, "into": 0, "along": 0, "on": 1, "of": 1, "to": 1, "over": 1, "off": 1,
            "from": 2}


# Nouns after a demonym that make a place of it ("at the Colombian border").
BORDER_NOUNS = frozenset({"border", "frontier", "border crossing", "coast", "coastline"})


# Nouns whose country modifier does say where: "struck Syrian army positions", "shelled Lebanese villages",
# "strikes against Syrian chemical weapons facilities" (not bases and embassies, often abroad).
GROUND_NOUNS = SETTLEMENT_NOUNS | frozenset({
    "territory", "soil", "airspace", "water", "side", "position", "coast", "border", "frontier", "countryside",
    "land", "ground", "post", "outpost", "facility", "site", "installation", "plant", "infrastructure", "refinery",
    "airport", "airfield", "field", "city", "town", "village", "port"})


# Links of a modifier inside a noun phrase, climbed to find the phrase's role.
_NP_LINKS = frozenset({"compound", "amod", "nmod", "poss", "appos", "conj", "nummod"})


# Entity types a name after "in/at/near" may carry and still be a place no actor claims ("near Bulobarde" read
# PRODUCT).
_UNCLAIMED_TYPES = frozenset({"", "GPE", "LOC", "FAC", "NORP", "PRODUCT"})


def _locative_propns(doc: Doc, gaz: Gazetteer, known: list[Span]) -> list[Span]:
    """Proper nouns after "in/at/near ..." (and their conjuncts) that the model did not tag as places
    but the gazetteer knows ("at Abqaiq and Khurais", Abqaiq tagged ORG), or that nothing else claims
    ("in Dahyan" tagged NORP, not a demonym and no actor)."""
    taken = {t.i for s in known if s.label_ in PLACE_LABELS for t in s}
    actor_tokens = {t.i for s in doc.spans.get("actors", []) for t in s}
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.i in taken or tok.ent_type_ in ("DATE", "TIME"):
            continue
        if _link_rank_of(tok.head if tok.dep_ == "conj" else tok) != 0:
            continue  # tested first: most proper nouns are not after "in/at/near"
        if tok.ent_type_ == "PERSON" and not _country_read_as_person(tok, gaz):
            continue
        if tok.ent_type_ == "NORP" and gaz.country_of_demonym(tok.text):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        span = doc[start:tok.i + 1]
        unclaimed = tok.ent_type_ in _UNCLAIMED_TYPES and not any(t.i in actor_tokens for t in span)
        if gaz.resolve(span.text) is not None or unclaimed:
            out.append(span)
    return out


def _country_read_as_person(tok: Token, gaz: Gazetteer) -> bool:
    """A country's name the model tagged as a person's on its own ("in central Mali" read PERSON): a person
    of that name stands after "in/at/near" far more rarely than the country does."""
    doc = tok.doc  # one-token entity: it begins here and the next token does not continue it (doc.ents builds
    if tok.ent_iob_ != "B" or tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I":  # every Span)
        return False
    entry = gaz.resolve(tok.text)
    return entry is not None and entry.precision == "country" and entry.source in ("country", "extra")


def _link_rank_of(tok: Token) -> int:
    """0 for "in/at/near X", 1 for "of/on X", 3 for any other link; "near the town of X" and "in the
    capital X" rank as the settlement noun does."""
    if tok.dep_ == "appos" and tok.head.lower_ in SETTLEMENT_NOUNS:
        return _link_rank_of(tok.head)
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ == "of" and prep.head.lower_ in SETTLEMENT_NOUNS and prep.head.i != prep.i:
            return _link_rank_of(prep.head)
        return LOCATIVE.get(prep.lower_, 3)
    return 3


def _root_of_conjuncts(span: Span) -> Token:
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root
