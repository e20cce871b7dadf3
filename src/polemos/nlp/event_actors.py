"""Actors of an event: argument head tokens mapped to `Actor` records.

The actor mention covering a head wins; people and group nouns go to the actors module's resolver;
military sites stand for their country's armed forces; protests stand for their crowd; fighting with no
sides named takes the coordinated pair of actors nearby.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from polemos.models import Actor, Event
from polemos.nlp.reciprocal import both_ways, paired_actors
from polemos.nlp.roles import (
    SETTLEMENTS,
    actorish,
    crewed_craft,
    is_time,
    negated_actor,
    np_span,
    resolve_pronoun,
)
from polemos.nlp.triggers import expand_conj, is_noun, lemma
from polemos.ontology.lexicon import Lexicon


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


# The actor spans of the latest doc asked about: events ask for them once per argument head.
_spans_memo: list[Any] = [None, None, -1, []]


def actor_spans(doc: Doc) -> list[Span]:
    """The actor mentions of the doc that carry an `Actor` (memoised for the latest doc)."""
    if "actors" not in doc.spans or not Span.has_extension("actor"):
        return []
    group = doc.spans["actors"]
    ref, cached_group, size, spans = _spans_memo
    if ref is not None and ref() is doc and cached_group is group and size == len(group):
        return list(spans)
    spans = [s for s in group if s._.actor is not None]
    _spans_memo[:] = [weakref.ref(doc), group, len(group), spans]
    return list(spans)


def named_countries(doc: Doc) -> frozenset[str]:
    """Countries of the KB actors the doc names (memoised per doc and actor group: extension access is slow)."""
    group = doc.spans.get("actors")
    stamp = [id(group), len(group) if group is not None else 0]  # plain data: user_data must stay serialisable
    key = "polemos.named_countries"
    cached = doc.user_data.get(key)
    if cached is not None and cached[0] == stamp:
        return frozenset(cached[1])
    named = sorted({s._.actor.country for s in actor_spans(doc) if s._.actor.actor_id and s._.actor.country})
    doc.user_data[key] = [stamp, named]
    return frozenset(named)


def _resolver() -> Callable[..., Any] | None:
    try:
        from polemos.nlp import actors as actors_mod
    except ImportError:  # pragma: no cover - the module always exists in this package
        return None
    for name in ("resolve_span", "resolve_mention", "resolve_np", "actor_for_span"):
        fn = getattr(actors_mod, name, None)
        if callable(fn):
            return fn  # type: ignore[no-any-return]
    return None


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
        if head.pos_ == "PRON" and joins_protest(head, lex):
            # "warned that anyone who joined the demonstrations would be arrested": the protesters
            crowd = generic_protesters(head)
            if crowd.key() not in seen:
                seen.add(crowd.key())
                out.append(crowd)
            continue
        if head.pos_ == "PRON":
            ante = resolve_pronoun(head) or object_antecedent(head, avoid)
            if ante is None:
                continue
            head = ante
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
        spans = actor_spans(np.doc)
        covering = [s for s in spans if s.start <= head.i < s.end]
        if (not covering and lemma(head) in never and head.dep_ != "compound"
                and not any(c.dep_ in ("amod", "compound", "poss") for c in head.lefts)):
            continue  # "seized power", "took control": no one; "opposition demands" are the opposition's
        inside = [s for s in spans if s.start >= np.start and s.end <= np.end]
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
        if not found and things:
            # "a camp for Congolese refugees": those it is for, else the thing itself
            beneficiaries = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "for"
                             for p in c.children if p.dep_ == "pobj" and actorish(p, actor_heads)]
            thing = None if beneficiaries else thing_actor(head, lex)
            found = actors_for_heads(beneficiaries, lex) if beneficiaries else [thing] if thing is not None else []
        for actor in found:
            if actor.key() not in seen:
                seen.add(actor.key())
                out.append(actor)
    return out


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


def _is_protest_noun(token: Token, lex: Lexicon) -> bool:
    """The noun is a protest trigger of the lexicon ("demonstrations", "rally", "strike")."""
    return is_noun(token) and any(e.pos == "noun" and e.type == "PROTEST"
                                  for e in lex.index.get(lex.spelling(lemma(token)), ()))


def the_country(head: Token) -> bool:
    """A bare definite "the country" ("the country's", "across the country"): the country the text is about."""
    return (lemma(head) == "country" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            and not any(c.dep_ in ("amod", "compound", "nmod", "prep") for c in head.children))


#: Determiners and numbers that make "side(s)" mean the two parties named before ("the two sides", "both sides").
_PAIR_WORDS = frozenset({"two", "both"})
#: Determiners that make "two <noun>" point back ("the two rivals", "these two countries").
_PAIR_DETS = frozenset({"the", "these", "those"})


def _pair_phrase(head: Token, pair_nouns: frozenset[str]) -> bool:
    """"both sides", "two sides", "the two rivals", "both countries": a phrase that stands for a pair named before.
    Other nouns than "side" need "both" or a definite "the two": a bare "two countries" is any two."""
    word = lemma(head)
    if word != "side" and word not in pair_nouns:
        return False
    marks = {c.lower_ for c in head.children if c.dep_ in ("nummod", "det", "predet", "amod")}
    if word == "side":
        return bool(marks & _PAIR_WORDS)
    return "both" in marks or ("two" in marks and bool(marks & _PAIR_DETS))


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


def _names_actor(token: Token, spans: Sequence[Span]) -> bool:
    """An actor mention covers the token or lies inside its noun phrase ("his Azerbaijani counterpart")."""
    np = np_span(token)
    return any(s.start <= token.i < s.end or (s.start >= np.start and s.end <= np.end) for s in spans)


_NOT_NAME = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"})
_PLACE_ENTS = frozenset({"GPE", "LOC"})


def thing_actor(head: Token, lex: Lexicon, *, country: str | None = None) -> Actor | None:
    """An object that names no actor as the target by its phrase: "a British-flagged oil tanker" (GBR, BUS),
    "a police station" (COP), "a school bus"; None for place names, abstract nouns (plover.yaml
    `never_targets`), weapons, times and event nouns. The country is a modifier's, the sector the noun's."""
    if head.pos_ in ("PRON", "NUM") or is_time(head) or head.ent_type_ in _PLACE_ENTS or not is_noun(head):
        return None
    word = lemma(head)
    weapon = word in lex.word_set("instruments") and _sector_of(head, lex) is None  # a car is a target, a bomb not
    if word in lex.word_set("never_targets") or weapon or _is_event_noun(head, lex):
        return None
    if head.pos_ == "PROPN" and _in_place(head):
        return None
    np = np_span(head)
    doc = head.doc
    start = np.start
    while start < np.end - 1 and (doc[start].lower_ in _NOT_NAME or doc[start].is_punct):
        start += 1
    np = doc[start:np.end]
    if country is None:
        inside = [s for s in actor_spans(doc) if s.start >= np.start and s.end <= np.end and s.root.i != head.i]
        country = next((a.country for a in (span_actor(s) for s in inside) if a.country), None)
    return Actor(name=np.text, country=country, sector=_sector_of(head, lex), start=np.start_char, end=np.end_char)


def _home_country(token: Token) -> str | None:
    """The country the text is about, else the country of the first place named in the token's sentence."""
    country = context_country_of(token.doc)
    if country is not None:
        return country
    sent = token.sent
    places = [s._.place for s in token.doc.spans.get("places", ()) if sent.start <= s.start < sent.end]
    return next((p.country for p in places if p is not None and getattr(p, "country", None)), None)


def place_of(token: Token) -> Any:
    """The gazetteer place (`span._.place`) of the places span covering the token, else None."""
    doc = token.doc
    if "places" not in doc.spans or not Span.has_extension("place"):
        return None
    return next((s._.place for s in doc.spans["places"] if s.start <= token.i < s.end and s._.place is not None),
                None)


def place_target(head: Token, actor: Actor) -> Actor:
    """A target that is a place name takes the place's country; a town or city stands for its people (CVL)."""
    place = place_of(head)
    if place is None or not getattr(place, "country", None):
        return actor
    sector = actor.sector
    if sector is None and getattr(place, "precision", None) not in ("country", None):
        sector = "CVL"  # shelling a city hits those who live there, not its government
    return replace(actor, country=place.country, sector=sector)


def settlement_target(head: Token) -> Actor | None:
    """"shelled the city of Kharkiv": the named town as a civilian target in its country; None for other heads."""
    if lemma(head) not in SETTLEMENTS:
        return None
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                place = place_of(p) if p.dep_ == "pobj" else None
                if place is not None and getattr(place, "country", None):
                    np = np_span(head)
                    return Actor(name=np.text, country=place.country, sector="CVL", start=np.start_char,
                                 end=np.end_char)
    return None


def coordinated_nationals(head: Token, spans: Sequence[Span], found: list[Actor]) -> list[Actor]:
    """"Chinese and Indian troops": one actor per coordinated nationality adjective on one head noun, each with
    the head's sector; empty when the head has no such modifiers."""
    if len(found) != 1 or not found[0].sector:
        return []
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE")]
    mods = [m for m in mods if any(c.dep_ == "conj" for c in m.children)]
    if not mods:
        return []
    out: list[Actor] = []
    for mod in expand_conj(mods[0]):
        country = next((s._.actor.country for s in spans if s.start <= mod.i < s.end and s._.actor.country), None)
        if country is None:
            return []
        out.append(replace(found[0], name=f"{mod.text} {head.text}", country=country, actor_id=None,
                           start=mod.idx, end=mod.idx + len(mod.text)))
    return out if len({a.country for a in out}) > 1 else []


# Modes of force aimed at a whole town rather than at people in it ("shelled the city of Kharkiv").
_BOMBARDMENT = frozenset({"aerial", "heavy-weapons", "explosives", "cbrn"})


def thing_heads(heads: Sequence[Token], type_: str, mode: str | None, lex: Lexicon) -> list[Token]:
    """The heads that may stand as things for an event: a town or village only when it was destroyed ("razed the
    village of Tula"; an assault on a city is an assault in it), and a protest's only when the noun is a known
    facility ("burned a police station", not "riots over a fare increase")."""
    out = []
    for head in heads:
        bombarded = mode in _BOMBARDMENT and head.dep_ == "dobj" and settlement_target(head) is not None
        if lemma(head) in SETTLEMENTS and mode != "destroy" and not bombarded:
            continue  # "shelled the city of Kharkiv" aims at the city; "seized the town of X" is an assault in it
        if type_ == "PROTEST" and (_sector_of(head, lex) is None or _venue(head)):
            continue
        out.append(head)
    return out


def _venue(head: Token) -> bool:
    """Where an act took place rather than what it was aimed at ("rioted at a jail")."""
    return head.dep_ == "pobj" and head.head.lower_ in ("at", "in", "outside", "inside", "near", "around", "on")


def _sector_of(head: Token, lex: Lexicon) -> str | None:
    """The sector a thing's noun gives it (plover.yaml `target_sectors`): modifier + noun first, then the noun."""
    table = lex.tables.get("target_sectors") or {}
    word = lemma(head)
    for c in head.lefts:
        if c.dep_ in ("compound", "amod"):
            for phrase in (f"{c.lower_} {word}", f"{lemma(c)} {word}"):
                if phrase in table:
                    return str(table[phrase])
    value = table.get(word) or table.get(head.lower_)
    return str(value) if value else None


def _is_event_noun(head: Token, lex: Lexicon) -> bool:
    """The noun is itself an event trigger ("the attack", "the protest"): it names an act, not a target."""
    return any(e.pos == "noun" and len(e.words) == 1 for e in lex.index.get(lex.spelling(lemma(head)), ()))


def _in_place(token: Token) -> bool:
    doc = token.doc
    return "places" in doc.spans and any(s.start <= token.i < s.end for s in doc.spans["places"])


def of_partners(head: Token, spans: Sequence[Span], seen: set[str]) -> list[Actor]:
    """ "the foreign ministers of India and Pakistan": the ministers of each conjunct (the actors module matches
    only the first with the head), as actors of their own."""
    if not seen:
        return []
    out: list[Actor] = []
    for c in head.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            for conj in expand_conj(p)[1:]:
                covering = [s for s in spans if s.start <= conj.i < s.end]
                actors = [span_actor(s) for s in covering if s.start > head.i]
                out.extend(a for a in actors if a.key() not in seen)
    return out


def object_antecedent(pronoun: Token, avoid: frozenset[str]) -> Token | None:
    """The antecedent of an object pronoun ("accusing it of supporting terrorism"): the latest non-person
    actor before it, in its sentence or the one before, whose key is not in ``avoid`` (the clause's subject)."""
    if pronoun.lower_ not in ("it", "them") or pronoun.dep_ in ("nsubj", "nsubjpass") or not avoid:
        return None  # "its"/"their" are most often the subject's own ("abandoned their positions")
    sent = pronoun.sent
    first = pronoun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for span in reversed(actor_spans(pronoun.doc)):
        if span.end > pronoun.i or span.start < first:
            continue
        actor = span._.actor
        if actor.kind == "person" or actor.key() in avoid:
            continue
        return span.root
    return None


def modifier_actors(noun: Token) -> list[Token]:
    """Actors named among an event noun's left modifiers ("A Saudi-led coalition air strike"): the roots of
    the actor mentions inside them, outermost mentions only."""
    left = [t for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") for t in c.subtree]
    ids = {t.i for t in left}
    spans = [s for s in actor_spans(noun.doc) if all(i in ids for i in range(s.start, s.end))]
    outer = [s for s in spans if not any(o is not s and o.start <= s.start and s.end <= o.end for o in spans)]
    return [s.root for s in outer]


# Sectors of actors that a text names without their country only when they are local ("police", "protesters",
# "a gunman"); armies and governments abroad are named with theirs, so they keep the doc's context.
_FOREIGN_SECTORS = frozenset({"MIL", "GOV", "IGO", "NGO"})


def localise_generic(event: Event, doc: Doc) -> None:
    """Generic actors ("gunman", "protesters", "police", "a school bus") whose phrase names no country take the
    country of the event's place (over a context country only when the text names the place's country, or none),
    else keep theirs or take the doc's context country (in place)."""
    place = event.location.country if event.location is not None else None
    # a place in a country the text never names is more likely a wrong reading of the place than a fact
    named = named_countries(doc)
    for actor in list(event.source) + list(event.target):
        if actor.kind not in (None, "agent", "police") or actor.sector in _FOREIGN_SECTORS:
            continue
        if actor.kind is None and actor.sector is None:
            continue  # a phrase of unknown sort ("the West"), not a generic local actor
        if actor.actor_id and actor.kind != "police":
            continue
        if _names_country(doc, actor):
            continue
        if place and (actor.country is None or place in named or not named):
            if actor.country != place:
                actor.country = place
                if actor.actor_id:
                    actor.actor_id = None  # "CHL.COP" no longer holds
        elif actor.country is None:
            actor.country = context_country_of(doc)


def _names_country(doc: Doc, actor: Actor) -> bool:
    """The actor's own phrase names a country ("Iraqi soldiers", "British-flagged tanker")."""
    if actor.start is None or actor.end is None:
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    if any(t.ent_type_ in ("NORP", "GPE") for t in span):
        return True
    return any(s.start >= span.start and s.end <= span.end and (s._.actor.kind == "state")
               for s in actor_spans(doc))


def _phrase_in(head: Token, words: frozenset[str]) -> bool:
    """The head's lemma, or a modifier and the head ("presidential palace"), is one of ``words``."""
    if lemma(head) in words:
        return True
    return any(f"{c.lower_} {lemma(head)}" in words for c in head.lefts if c.dep_ in ("amod", "compound"))


def _site_owner(np: Span, found: list[Actor], *, sector: str = "MIL", fallback: str | None = None) -> list[Actor]:
    """A military site or piece of hardware stands for the armed forces of the country that modifies it ("a
    Syrian air base", "a US military drone"); state property for its government ("the presidential palace", with
    ``fallback``: the country of the text)."""
    country = next((a.country for a in found if a.country), None)
    if country is None:
        for t in np:
            if t.ent_type_ in ("GPE", "NORP") and t.i != np.root.i:
                actor = _resolve(np.doc[t.i:t.i + 1])
                country = actor.country if actor is not None else _country_named(t.text)
                if country:
                    break
    country = country or fallback
    if country is None:
        return found
    return [Actor(name=np.text, country=country, sector=sector, start=np.start_char, end=np.end_char)]


_country_memo: list[Any] = [None, None]


def context_country_of(doc: Doc) -> str | None:
    """The country the doc is about (the actors module's `context_country`), computed once per doc."""
    ref, country = _country_memo
    if ref is not None and ref() is doc:
        return country  # type: ignore[no-any-return]
    from polemos.nlp.actors import context_country

    country = context_country(doc)
    _country_memo[:] = [weakref.ref(doc), country]
    return country


def _country_named(text: str) -> str | None:
    """The country a state name or abbreviation names ("US"), from the knowledge base."""
    from polemos.knowledge.kb import KnowledgeBase

    entry = KnowledgeBase.load().by_alias(text)
    return entry.country if entry is not None and entry.kind == "state" else None


def span_actor(span: Span) -> Actor:
    return replace(span._.actor, start=span.start_char, end=span.end_char)


def _resolve(np: Span) -> Actor | None:
    fn = _resolver()
    if fn is None:
        return None
    actor = fn(np)
    return actor if isinstance(actor, Actor) else None


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
    authorities of the country the text is about, sector by trigger lemma, else mode (plover.yaml
    `implied_state_source`); None for types that imply no one."""
    table = (lex.tables.get("implied_state_source") or {}).get(type_)
    if not table:
        return None
    sector = table.get(lemma(token)) or (table.get(mode) if mode else None) or table.get("default")
    return Actor(name="authorities", country=context_country_of(token.doc), sector=str(sector) if sector else None,
                 kind="agent")


__all__ = [
    "actor_spans", "actors_for_heads", "context_country_of", "coordinated_nationals", "counterpart",
    "generic_protesters", "implied_authority", "localise_generic", "modifier_actors", "object_antecedent",
    "of_partners", "paragraph_sents", "parties_nearby", "place_of", "place_target", "settlement_target",
    "span_actor", "thing_actor"
]
