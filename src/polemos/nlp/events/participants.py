"""Actors of an event: argument head tokens mapped to `Actor` records.

The actor mention covering a head wins; people and group nouns go to the actors module's resolver;
military sites stand for their country's armed forces; protests stand for their crowd; fighting with no
sides named takes the coordinated pair of actors nearby.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import islice

from spacy.tokens import Span, Token

from polemos.lang.en.words import PAIR_DETS, PAIR_WORDS, PLACE_NOUNS, SETTLEMENTS
from polemos.models import Actor
from polemos.nlp.attach import lexicon_type
from polemos.nlp.events.doc_actors import _resolve, actor_cover, actor_spans, context_country_of, span_actor
from polemos.nlp.events.noun_roles import np_span, resolve_pronoun
from polemos.nlp.events.reciprocal import both_ways, paired_actors
from polemos.nlp.events.roles import PLACE_ENTS, actorish, crewed_craft, negated_actor, pobjs
from polemos.nlp.events.things import (
    _home_country,
    _names_actor,
    _phrase_in,
    _sector_of,
    _site_owner,
    coordinated_nationals,
    object_antecedent,
    of_partners,
    place_of,
    place_target,
    settlement_target,
    thing_actor,
)
from polemos.nlp.triggers import expand_conj, is_noun, is_verb, lemma
from polemos.ontology.lexicon import Lexicon

#: pronouns that stand for every conjunct of a coordinated antecedent
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})

#: the sectors of a named actor that may be the authority an agentless act of that sector implies
_AUTHORITY_KINDS = {"COP": {"COP", "MIL"}, "GOV": {"GOV", "COP", "MIL"}, "JUD": {"JUD"}}


def paragraph_sents(sent: Span, *, after: bool = False) -> list[Span]:
    """This sentence and the one before it (and after it), when no blank line separates them."""
    doc = sent.doc
    out = [sent]
    if sent.start > 0:
        prev = doc[sent.start - 1].sent
        if not _blank_line_between(prev, sent) and prev.text.strip():
            out.insert(0, prev)
    if after and sent.end < len(doc):
        nxt = doc[sent.end].sent
        if not _blank_line_between(sent, nxt) and nxt.text.strip():
            out.append(nxt)
    return out


def _blank_line_between(a: Span, b: Span) -> bool:
    """Two or more line breaks between the last word of ``a`` and the first word of ``b``."""
    doc = a.doc
    last = next((t for t in reversed(a) if not t.is_space), None)
    first = next((t for t in b if not t.is_space), None)
    lo = last.i if last is not None else a.start - 1
    hi = first.i if first is not None else b.end
    # built from the tokens' own white space: `doc.text` would rebuild the whole text on every call
    gap = (doc[lo].whitespace_ if lo >= 0 else "") + "".join(t.text_with_ws for t in doc[lo + 1:hi])
    return gap.count("\n") >= 2


def actors_for_heads(heads: Sequence[Token], lex: Lexicon, *, protest_ids: frozenset[int] = frozenset(),
                     things: bool = False, avoid: frozenset[str] = frozenset()) -> list[Actor]:
    """Actors for argument heads.

    The actor mention covering the head wins; a people/group head ("soldiers", "affiliate") goes to the
    actors module's resolver, else becomes a generic actor named by its phrase; any other head ("the US
    Capitol", "chemical weapons facilities") stands for the actor mentioned inside its phrase. With ``things``,
    an object that names no actor is one by its phrase ("a British-flagged oil tanker", `thing_actor`). An
    object pronoun ("accusing it") stands for the latest actor before it whose key is not in ``avoid``.
    """
    out: list[Actor] = []
    seen: set[str] = set()
    actor_heads = lex.word_set("actor_heads")
    instruments = lex.word_set("instruments")
    sites = lex.word_set("military_sites") | lex.word_set("military_things")
    property_ = lex.word_set("state_property")
    never = lex.word_set("never_targets")
    pair_nouns = lex.word_set("pair_nouns")
    for head in heads:
        if negated_actor(head):
            continue  # "No group claimed responsibility": no one
        if (head.pos_ == "PRON" or head.lower_ in lex.word_set("participant_pronouns")) and joins_protest(head, lex):
            # "warned that anyone who joined the demonstrations would be arrested": the protesters, named by
            # the pronoun's phrase (so they are no crowd the rules made up)
            np = np_span(head)
            crowd = replace(generic_protesters(head), start=np.start_char, end=np.end_char)
            if crowd.key() not in seen:
                seen.add(crowd.key())
                out.append(crowd)
            continue
        if head.pos_ == "PRON":
            ante = resolve_pronoun(head) or object_antecedent(head, avoid)
            if ante is None:
                continue
            group = expand_conj(ante) if head.lower_ in PLURAL_PRONOUNS else [ante]
            if len(group) > 1:
                # "The United States and South Korea said they would hold joint exercises": they are both
                # (rule actors.anaphora.plural-pair)
                for side in actors_for_heads(group, lex):
                    if side.key() not in seen:
                        seen.add(side.key())
                        out.append(side)
                continue
            head = ante
        head = apposed_name(head)
        sides = two_sides(head, pair_nouns)
        if sides:
            # "the two sides agreed": the pair named before
            for side in actors_for_heads(sides, lex):
                if side.key() not in seen:
                    seen.add(side.key())
                    out.append(side)
            continue
        if head.i in protest_ids:
            # "the protests were attacked": the protesters were
            crowd = generic_protesters(head)
            if crowd.key() not in seen:
                seen.add(crowd.key())
                out.append(crowd)
            continue
        np = np_span(head)
        spans, cover = actor_cover(np.doc)
        covering = [spans[p] for p in cover.get(head.i, ())]
        if (not covering and lemma(head) in never and head.dep_ != "compound"
                and not any(c.dep_ in ("amod", "compound", "poss") for c in head.lefts)):
            continue  # "seized power", "took control": no one; "opposition demands" are the opposition's
        near = sorted({p for i in range(np.start, np.end) for p in cover.get(i, ())})
        inside = [spans[p] for p in near if spans[p].start >= np.start and spans[p].end <= np.end]
        if not covering and hostile_act(head, lex):
            # "condemned the attack on civilians": an act's phrase names its doer before the noun ("the ELN's
            # attacks"), its victims after it; the victims are never whom an act is blamed on
            inside = [sp for sp in inside if sp.end <= head.i]
            if not inside:
                continue
        found: list[Actor] = [span_actor(s) for s in covering]
        found = coordinated_nationals(head, spans, found) or found
        found += of_partners(head, spans, {a.key() for a in found})
        if not found and actorish(head, actor_heads) and lemma(head) not in instruments and not crewed_craft(head):
            actor = _resolve(np)
            if actor is None or (actor.start is not None and actor.end is not None
                                 and not actor.start <= head.idx < actor.end):
                # the resolver found only a modifier ("the Islamic State's Afghan affiliate"): keep the phrase
                country = actor.country if actor is not None else None
                if country is None and the_country(head):
                    country = context_country_of(head.doc)  # "the country's trade privileges"
                actor = Actor(name=np.text, country=country, start=np.start_char, end=np.end_char)
            found = [actor]
        if not found and inside:
            found = [span_actor(inside[0])]
            thing = thing_actor(head, lex, country=found[0].country) if things and _sector_of(head, lex) else None
            found = [thing] if thing is not None else found  # "a British-flagged oil tanker", not Britain
        if not found:
            actor = _resolve(np)
            if actor is None and any(t.ent_type_ in ("NORP", "GPE") for t in np if t.i != head.i):
                actor = Actor(name=np.text, start=np.start_char, end=np.end_char)  # "Iranian targets"
            if actor is not None and not (actor.country or actor.sector):
                actor = None  # "seized power", "the measures": no actor
            found = [actor] if actor is not None else []
        if found and not any(a.country for a in found):
            found = [place_target(head, a) for a in found]  # "shelled Kharkiv": the city's country
        if len({a.country for a in found}) > 1:
            pass  # "the navies of Indonesia, Malaysia and the Philippines": one actor per country, kept apart
        elif lemma(head) in sites or head.lower_ in sites:
            # "an army patrol": the forces of the country the text is about when no country is named
            own = any(t.i != head.i and (lemma(t) in sites or t.lower_ in sites) for t in np)
            found = _site_owner(np, found, fallback=_home_country(head) if own else None)
        elif _phrase_in(head, property_):
            found = _site_owner(np, found, sector="GOV", fallback=context_country_of(head.doc))
        # "flew tents to the Indonesian city of Palu": a town a thing is sent to stands for its people
        destination = head.dep_ == "pobj" and head.head.lower_ == "to"
        settlement = settlement_target(head) if not found and (things or destination) else None
        if settlement is not None:
            found = [settlement]
        if not found and things and is_place_phrase(head):
            # a place is never the target: "struck the centre of the city of Sumy" hit the people who live there
            # (rule actors.target.place-people); a place with no country named stands for no one
            people = place_people(head)
            found = [people] if people is not None else []
            if not found:
                continue
        if not found and things:
            # "a camp for Congolese refugees": those it is for, else the thing itself
            beneficiaries = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "for"
                             for p in c.children if p.dep_ == "pobj" and actorish(p, actor_heads)]
            thing = None if beneficiaries else thing_actor(head, lex)
            if thing is not None and not (thing.country or thing.sector) and lemma(head) in lex.word_set(
                    "object_nouns"):
                thing = None  # "Eight trucks were destroyed": a vehicle or building no one is named as owning
            found = actors_for_heads(beneficiaries, lex) if beneficiaries else [thing] if thing is not None else []
        for actor in found:
            if actor.key() not in seen:
                seen.add(actor.key())
                out.append(actor)
    return out


def apposed_name(head: Token) -> Token:
    """A title or description with a name in apposition stands for the named one (rule actors.names.apposition):
    "the PNP's leader, Tikpi Atchadam" -> Tikpi Atchadam; "Ruben Vardanyan, the region's former state minister,
    who was detained" -> Ruben Vardanyan. The head itself when it is a name, when a mention with a country covers
    it, or when no name stands beside it."""
    spans, cover = actor_cover(head.doc)
    own = [head.i, *(t.i for c in head.lefts if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree)]
    if head.pos_ == "PROPN" or any(spans[p].root.pos_ == "PROPN" or spans[p]._.actor.country
                                   for i in own for p in cover.get(i, ())):
        return head  # "his Azerbaijani counterpart Jeyhun Bayramov": the title says whose he is
    names = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        names.append(head.head)
    for name in names:
        if name.pos_ != "PROPN":
            continue
        if any(spans[p].root.i == name.i for p in cover.get(name.i, ())) or (
                name.i not in cover and name.ent_type_ in ("PERSON", "ORG", "NORP", "")):
            return name
        lo, hi = name.left_edge.i, name.right_edge.i
        inner = next((sp for sp in spans if lo <= sp.start and sp.end <= hi + 1 and sp._.actor.sector), None)
        if inner is not None:
            return inner.root  # "the Declaration of Freedom and Change Forces": the known actor inside the name
    return head


def hostile_act(noun: Token, lex: Lexicon) -> bool:
    """The noun names a violent or repressive act ("attack", "killings", "violence", "crackdown", "burning"):
    plover.yaml `hostile_act_nouns`, or an ASSAULT or COERCE event noun of the trigger lexicon."""
    if not is_noun(noun) or noun.pos_ == "PROPN":
        return False
    word = lemma(noun)
    if word in lex.word_set("hostile_act_nouns") or noun.lower_ in lex.word_set("hostile_act_nouns"):
        return True
    return any(e.pos == "noun" and len(e.words) == 1 and e.type in ("ASSAULT", "COERCE")
               for e in lex.index.get(lex.spelling(word), ()))


def is_place_phrase(head: Token) -> bool:
    """The head names a place: a place noun ("centre", "outskirts", "town") or a place name of the doc."""
    word = lemma(head)
    if word in PLACE_NOUNS or word in SETTLEMENTS:
        return True
    return head.ent_type_ in PLACE_ENTS and place_of(head) is not None


def place_people(head: Token) -> Actor | None:
    """The people of a place phrase, as civilians of its country: "the centre of the northeastern Ukrainian city of
    Sumy" -> Sumy (UKR, CVL), following its "of" phrases down to a named place; None when no place with a country
    is named."""
    seen = 0
    token = head
    while seen < 4:
        settlement = settlement_target(token)
        if settlement is not None:
            return settlement
        place = place_of(token)
        if place is not None and getattr(place, "country", None) and getattr(place, "precision", None) != "country":
            np = np_span(token)
            return Actor(name=np.text, country=place.country, sector="CVL", start=np.start_char, end=np.end_char)
        nxt = next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in pobjs(c)), None)
        if nxt is None:
            return None
        token, seen = nxt, seen + 1
    return None


def joins_protest(pronoun: Token, lex: Lexicon) -> bool:
    """An indefinite pronoun whose own clause says its people take part in a protest: "anyone who joined the
    demonstrations", "those taking part in the strike", "whoever attends the rally" (plover.yaml
    participant_pronouns, participation_verbs)."""
    if pronoun.lower_ not in lex.word_set("participant_pronouns"):
        return False
    verbs = lex.word_set("participation_verbs")
    for clause in pronoun.children:
        if clause.dep_ not in ("relcl", "acl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        # "anyone who marches", "anyone who tried to march": the clause's act is itself a protest
        infinitives = [x for x in clause.children if x.dep_ == "xcomp"] + [
            p for x in clause.children if x.dep_ == "prep" and x.lower_ == "to"
            for p in x.children if p.dep_ == "pobj" and not p.ent_type_]  # "tried to march" read as a month
        if _is_protest_verb(clause, lex) or any(_is_protest_verb(x, lex, parsed=False) for x in infinitives):
            return True
        objects = [o for o in clause.children if o.dep_ == "dobj"]
        phrases = {lemma(clause)} | {f"{lemma(clause)} {lemma(o)}" for o in objects}
        if not phrases & verbs:
            continue
        # the protest: the clause's object, or the object of its "in"/"at" phrase (also under "part")
        preps = [p for h in [clause, *objects] for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "at")]
        events = objects + [x for p in preps for x in p.children if x.dep_ == "pobj"]
        if any(_is_protest_noun(x, lex) for e in events for x in expand_conj(e)):
            return True
    return False


def _is_protest_verb(token: Token, lex: Lexicon, *, parsed: bool = True) -> bool:
    """The verb is a one-word PROTEST trigger of the lexicon ("march", "demonstrate", "rally"); with ``parsed``
    False, whatever part of speech the tagger gave it (an infinitive "to march" tagged as a name)."""
    return (is_verb(token) or not parsed) and any(e.pos == "verb" and len(e.words) == 1 and e.type == "PROTEST"
                                  for e in lex.index.get(lex.spelling(lemma(token)), ()))


def _is_protest_noun(token: Token, lex: Lexicon) -> bool:
    """The noun is a protest trigger of the lexicon ("demonstrations", "rally", "strike")."""
    return is_noun(token) and any(e.pos == "noun" and e.type == "PROTEST"
                                  for e in lex.index.get(lex.spelling(lemma(token)), ()))


def the_country(head: Token) -> bool:
    """A bare definite "the country" ("the country's", "across the country"): the country the text is about."""
    return (lemma(head) == "country" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            and not any(c.dep_ in ("amod", "compound", "nmod", "prep") for c in head.children))


def _pair_phrase(head: Token, pair_nouns: frozenset[str]) -> bool:
    """"both sides", "two sides", "the two rivals", "both countries": a phrase that stands for a pair named before.
    Other nouns than "side" need "both" or a definite "the two": a bare "two countries" is any two."""
    word = lemma(head)
    if word != "side" and word not in pair_nouns:
        return False
    marks = {c.lower_ for c in head.children if c.dep_ in ("nummod", "det", "predet", "amod")}
    if word == "side":
        return bool(marks & PAIR_WORDS)
    return "both" in marks or ("two" in marks and bool(marks & PAIR_DETS))


def two_sides(head: Token, pair_nouns: frozenset[str] = frozenset({"side"})) -> list[Token]:
    """"the two sides agreed", "both sides", "the two rivals" (``pair_nouns``): the heads of the latest pair of
    coordinated actors named before, in this sentence or the one before; empty for other heads or when no pair
    is named."""
    if not _pair_phrase(head, pair_nouns):
        return []
    spans = [s for s in actor_spans(head.doc) if s.end <= head.i]
    for sent in reversed(paragraph_sents(head.sent)):
        for t in reversed(sent[:max(0, min(sent.end, head.i) - sent.start)]):
            group = expand_conj(t) if any(c.dep_ == "conj" for c in t.children) and is_noun(t) else []
            if len(group) == 2 and all(_names_actor(g, spans) for g in group):
                return group
    return []


def counterpart(actor: Actor, source: list[Actor]) -> bool:
    """Whom a visit can consult: a person, an organisation, or a state or body of another country."""
    if actor.kind == "person" or actor.sector in ("IGO", "NGO"):
        return True
    if not actor.country:
        return False
    return all(actor.country != s.country for s in source)


def parties_nearby(token: Token, lex: Lexicon) -> tuple[list[Actor], list[Actor]]:
    """Fighting that names no sides: the coordinated pair of this sentence, else of the next or previous one."""
    spans = actor_spans(token.doc)
    sents = paragraph_sents(token.sent, after=True)
    order = [token.sent] + [s for s in sents[::-1] if s != token.sent]
    for sent in order:
        pair = paired_actors(sent, spans)
        if pair:
            return both_ways([span_actor(s) for s in pair])
    return [], []


def generic_protesters(token: Token) -> Actor:
    """PLOVER codes protests by their participants; with none named, they are protesters of the country the
    text is about."""
    return Actor(name="protesters", country=context_country_of(token.doc), sector="CVL", kind="agent")


def implied_authority(token: Token, type_: str, mode: str | None, lex: Lexicon) -> Actor | None:
    """Who did an act of repression that names no agent ("thousands were detained", "a curfew was imposed"): the
    authority of that kind (plover.yaml `implied_state_source`: sector by trigger lemma, else mode) that the
    text names near the act, in its own or a neighbouring sentence of its paragraph ("Police fired tear gas ...
    Hundreds were detained"); None when the text names none, as the guide codes an agentless passive (an
    invented "authorities" would be an actor the text does not give)."""
    table = (lex.tables.get("implied_state_source") or {}).get(type_)
    if not table:
        return None
    sector = table.get(lemma(token)) or (table.get(mode) if mode else None) or table.get("default")
    kinds = _AUTHORITY_KINDS.get(str(sector), {str(sector)})
    country = context_country_of(token.doc)
    sents = paragraph_sents(token.sent, after=True)
    lo, hi = sents[0].start_char, sents[-1].end_char
    named = [s for s in actor_spans(token.doc) if lo <= s.start_char < hi and s._.actor.sector in kinds
             and (country is None or s._.actor.country in (None, country))]
    if not named:
        return lead_agent(token, type_, kinds, country)
    best = min(named, key=lambda s: abs(s.start_char - token.idx))
    return span_actor(best)


#: how many sentences from the top of the text count as the lead (headline, dateline sentence, the next)
_LEAD_SENTS = 3


def lead_agent(token: Token, type_: str, kinds: set[str], country: str | None) -> Actor | None:
    """The authority that the lead names doing an act of the same type, for an agentless one later in the text
    (rule actors.source.lead-agent): "Myanmar army seizes power, detains Aung San Suu Kyi" ... "at least 24 NLD
    officials were detained" -> the army. The guide codes an agentless passive with the agent the article names
    elsewhere for the same event; only a subject of a trigger of that type in the lead counts, so a force merely
    mentioned there is not taken. A headline's actor is given as the body's mention of it (the document stage
    keeps headline words to the headline); None when the lead names none or the body never names it."""
    doc = token.doc
    sents = [s for s in islice(doc.sents, _LEAD_SENTS + 1) if s.text.strip()]
    if not sents:
        return None
    first = sents[0]
    brk = first.text.rstrip().find("\n\n", len(first.text) - len(first.text.lstrip()))
    # the headline ends at the first blank line, inside the first sentence when the parser ran it into the lead
    headline_alone = brk < 0 and len(sents) > 1 and _blank_line_between(first, sents[1])
    body = sents[1].start_char if headline_alone else first.start_char + max(brk, 0)
    lead: list[Span] = []
    for k, sent in enumerate(sents):
        if len(lead) >= _LEAD_SENTS or sent.start >= token.sent.start:
            break
        lead.append(sent)
        start = 1 if headline_alone else 0
        if k >= start and k + 1 < len(sents) and _blank_line_between(sent, sents[k + 1]):
            break  # the lead paragraph ends here
    if not lead:
        return None
    hi = lead[-1].end
    spans = [sp for sp in actor_spans(doc) if sp.end <= hi and sp._.actor.sector in kinds
             and (country is None or sp._.actor.country in (None, country))]
    for span in spans:
        root = span.root
        if root.dep_ != "nsubj" or not is_verb(root.head):
            continue
        verbs = [root.head, *(c for c in root.head.children if c.dep_ == "conj" and is_verb(c)
                              and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children))]
        if not any(lexicon_type(v) == type_ for v in verbs):
            continue
        key = span._.actor.key()
        named = next((sp for sp in spans if sp.start_char >= body and sp._.actor.key() == key), None)
        if named is not None and named.start_char < token.idx:
            return span_actor(named)
    return None
