"""The source, target and things of one candidate event: verb roles for a verb trigger, noun roles for an
event noun, with the constructions that override the parse (reduced passives, opening actors, modifiers that
name the doer, the sides of "clashes between A and B", a protest's purpose)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from polemos.lang.en.words import PLACE_NOUNS, SETTLEMENTS
from polemos.models import Decision
from polemos.nlp.attach import lexicon_type
from polemos.nlp.events.anaphora import group_antecedent
from polemos.nlp.events.candidate import (
    Candidate,
)
from polemos.nlp.events.doc_actors import actor_cover, actor_spans
from polemos.nlp.events.noun_roles import noun_roles, purpose_targets
from polemos.nlp.events.participants import hostile_act
from polemos.nlp.events.reciprocal import coordinated_heads, mutual_noun
from polemos.nlp.events.roles import (
    Roles,
    _uniq,
    actorish,
    agents,
    between,
    owner,
    pobjs,
    prep_children,
    stranded_subject,
    verb_roles,
)
from polemos.nlp.events.things import modifier_actors, place_of
from polemos.nlp.triggers import (
    expand_conj,
    governor,
    is_noun,
    is_verb,
    lemma,
    match_triggers,
    obligation_words,
    quantity_head,
    reduced_passive,
    subject_tokens,
)
from polemos.ontology.lexicon import Lexicon


def _roles(cand: Candidate, lex: Lexicon) -> Roles:
    spec = lex.roles.get(cand.type, {})
    tok = cand.token
    actor_heads = lex.word_set("actor_heads")
    if cand.type == "RETREAT" and cand.mode == "release" and cand.match.entry.pos == "verb" and is_verb(tok):
        spec = {**spec, "object": "target"}  # "freed 20 activists": those released are the target
    if cand.match.entry.pos == "verb" and is_verb(tok):
        obligation = obligation_words(lex) if cand.type == "REQUEST" else ()
        if lemma(tok) in lex.word_set("mutual_verbs"):
            spec = {**spec, "preps": [*(spec.get("preps") or ()), "with"]}  # "clashed with protesters"
        roles = verb_roles(tok, spec, actor_heads=actor_heads, instruments=lex.word_set("instruments"),
                           obligation=obligation, things=owned_things(lex), envoys=lex.word_set("envoy_nouns"))
        if (reduced_passive(tok) and roles.construction != "passive" and spec.get("object", "target") == "target"
                and stranded_subject(tok) is None):
            # "24 Ukrainian sailors seized off Crimea" read with "Crimea" as object: the modified noun is the patient
            roles.source, roles.target, roles.things = agents(tok), [quantity_head(tok.head)], []
            roles.construction = "passive"
        if not roles.source and roles.construction == "active" and tok.dep_ in ("conj", "ROOT", "amod"):
            roles.source = _opening_actor(tok)
        if cand.type == "REQUEST" and not roles.target:
            # "called for a strong response from the United States", "for a summit of EU leaders": those asked to
            # act are named inside what is called for (rule actors.target.asked-of)
            actor_heads_ = lex.word_set("actor_heads")
            custody = lex.word_set("custody_nouns")
            roles.target = [p for c in prep_children(tok, ("for",)) for n in pobjs(c)
                            if lemma(n) not in custody and not hostile_act(n, lex)
                            for k in prep_children(n, ("from", "of", "by")) for p in pobjs(k)
                            if actorish(p, actor_heads_) or p.i in actor_cover(tok.doc)[1]]
        if cand.type == "THREATEN" and not roles.target:
            # "warned that anyone who tried to march would be dealt with firmly": those the warned act would hit
            # (rule actors.target.warned-patient)
            # ("further gatherings would not be tolerated" names a kind of act, no one: no target)
            covered = actor_cover(tok.doc)[1]
            roles.target = [x for c in tok.children if c.dep_ == "ccomp" and is_verb(c)
                            for n in c.children if n.dep_ == "nsubjpass" for x in expand_conj(n)
                            if actorish(x, lex.word_set("actor_heads")) or x.i in covered]
        if cand.type == "ACCUSE" and roles.construction == "active":
            blamed = blamed_doers(tok, lex)
            if blamed is not None:
                roles.target, roles.things = blamed, []
        roles.source = coordinated_heads(roles.source, actor_spans(tok.doc))
    else:
        light = lex.sets.get("light_verbs", frozenset()) | cand.match.entry.governors
        roles = noun_roles(tok, spec, type_=cand.type, light_verbs=light, actor_heads=actor_heads)
        # "A Saudi-led coalition air strike hit a school bus": the noun's modifiers did it, the verb's object took it
        # "Lai's arrest": a possessive the noun's roles made its patient is no doer (rule roles.target.patient-possessive)
        taken = {t.i for t in roles.target}
        mods = [m for m in modifier_actors(tok) if m.i not in taken]
        if mods and all(h.i < tok.i and h.head.i in {tok.i, *(m.i for m in mods)} | {x.i for x in tok.lefts}
                        for h in roles.source):
            roles.source = mods  # the whole mention ("Saudi-led coalition"), not one word of it ("led")
        sides, others = between(tok)
        if sides and mutual_noun(tok, lex):
            # "clashes between police and students": the sides are named, whatever verb governs the noun
            roles.source, roles.target, roles.construction = sides, others, "between"
        gov = tok.head
        covered_ = actor_cover(tok.doc)[1]
        if (tok.dep_ == "nsubj" and lemma(gov) in lex.word_set("impact_verbs") and is_verb(gov)
                and not any(actorish(h, actor_heads) or h.i in covered_ for h in roles.target)):
            hit = verb_roles(gov, spec, actor_heads=actor_heads, instruments=lex.word_set("instruments"),
                             things=owned_things(lex))
            victims = [h for h in hit.target if actorish(h, actor_heads) or h.i in covered_]
            if victims and roles.target:
                # "air strikes on a busy market killed 106 civilians": the people hit are the target, the market
                # where (rule actors.target.impact-victims)
                cand.decisions.append(Decision("actors.target.impact-victims", "attached",
                                               ", ".join(v.text for v in victims)))
                roles.target = victims
            elif not roles.target:
                roles.target, roles.things = hit.target, hit.things
    # "the movement denounced ...": the organisation named last
    roles.source = [group_antecedent(h, lex) or h for h in roles.source]
    roles.target = [group_antecedent(h, lex) or h for h in roles.target]
    covered = actor_cover(tok.doc)[1]
    roles.target += [t for t in roles.things if t.i in covered]  # "mourners": an agent the KB knows
    roles.things = [t for t in roles.things if t.i not in covered]
    if cand.type == "PROTEST":
        # "gathered outside parliament to demand the resignation of the government": the purpose names whom the
        # protest is aimed at, before any place it was held at
        roles.target = purpose_targets(tok, lex.word_set("protest_purposes"), actor_heads=actor_heads) or roles.target
        # "protested outside the prime minister's residence", "outside the US embassy": a building's owner is whom
        # the protest is aimed at (rule actors.target.protest-seat)
        roles.target = _uniq([x for h in roles.target for x in (
            [h] if h.i in covered or actorish(h, actor_heads) or h.dep_ != "pobj" else owner(h) or [h])])
        # "blocked the Pan-American highway", "the main road to Kandy": a road or town is where, not whom
        # (rule actors.target.protest-place)
        sites = lex.word_set("object_nouns") | PLACE_NOUNS
        roads = [d for d in tok.children if d.dep_ == "dobj" and lemma(d) in sites]
        off = {x.i for d in roads for x in [d, *owner(d), *(p for c in d.children if c.dep_ == "prep" for p in pobjs(c))]}
        roles.target = [h for h in roles.target if h.i not in off and not (_town(h) and h.head.lower_ != "against")]
        if not any(actorish(h, actor_heads) or h.i in covered for h in roles.target):
            roles.target = _protest_aim(cand, lex) or roles.target
    if cand.type == "COERCE" and cand.match.entry.pos == "verb" and is_verb(tok):
        _banned_events(cand, roles, lex)
    if (cand.type in ("ASSAULT", "COERCE") and cand.match.entry.pos == "verb" and is_verb(tok)
            and not any(actorish(h, actor_heads) or h.i in covered for h in roles.target)):
        crowd = _dispersed(tok, lex)
        if crowd:
            roles.target = crowd
            cand.decisions.append(Decision("actors.target.dispersal-purpose", "attached",
                                           ", ".join(t.text for t in crowd)))
    if cand.type == "MOBILIZE" and cand.match.entry.pos == "verb" and is_verb(tok):
        _mobilize_roles(cand, roles, lex)
    if cand.type == "AGREE" and cand.match.entry.pos == "verb" and is_verb(tok) and roles.construction == "active":
        _offer_addressees(cand, roles, lex)
    if cand.type == "RETREAT":
        # "pulled out of Tskhinvali": a town withdrawn from is where, not whom (rule actors.target.retreat-place)
        roles.target = [h for h in roles.target if not _town(h)]
    own = _own_words(cand, lex)
    if own:
        roles.source = _without_own(roles.source, own)
        roles.target = _without_own(roles.target, own)
        roles.things = _without_own(roles.things, own)
    return roles


def _banned_events(cand: Candidate, roles: Roles, lex: Lexicon) -> None:
    """A ban on an event ("banned all street demonstrations and gatherings", "banned a march the MRC had planned")
    is aimed at those who organise it, when the text names them, never at the event itself (rule
    actors.target.banned-event): the event's owner ("the MRC's march"), the subject of a clause on it, the agent
    of "organised by"."""
    groups = [expand_conj(c) for c in cand.token.children if c.dep_ == "dobj"]
    # "demonstrations and gatherings": the conjuncts of an event noun are events too
    events = [x for g in groups if any(lexicon_type(x) is not None for x in g)
              for x in g if is_noun(x) and x.pos_ != "PROPN"]
    if not events:
        return
    ids = {e.i for e in events}
    heads = lex.word_set("actor_heads")
    organisers = [o for e in events for o in owner(e) if o.pos_ != "PRON"]
    organisers += [s for e in events for c in e.children if c.dep_ in ("relcl", "acl") and is_verb(c)
                   for s in [*(x for n in c.children if n.dep_ == "nsubj" for x in expand_conj(n)), *agents(c)]
                   if actorish(s, heads) and s.pos_ != "PRON"]
    roles.target = _uniq([h for h in roles.target if h.i not in ids] + organisers)
    roles.things = [h for h in roles.things if h.i not in ids]
    cand.decisions.append(Decision("actors.target.banned-event", "attached" if organisers else "dropped",
                                   ", ".join(t.text for t in organisers or events)))


def _dispersed(verb: Token, lex: Lexicon) -> list[Token]:
    """The crowd a crackdown's purpose clause names: "fired tear gas and rubber bullets to disperse several hundred
    students", "used live ammunition to break up the demonstrators" (plover.yaml dispersal_verbs)."""
    heads = lex.word_set("actor_heads")
    verbs = lex.word_set("dispersal_verbs")
    clauses = [x for c in verb.children if c.dep_ in ("advcl", "xcomp") and is_verb(c)
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for x in expand_conj(c)]
    return _uniq([quantity_head(o) for c in clauses if lemma(c) in verbs for d in c.children if d.dep_ == "dobj"
                  for o in expand_conj(d) if actorish(quantity_head(o), heads) and o.pos_ != "PRON"])


_DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards", "in"})


_SEAT_PREPS = frozenset({"outside", "at", "to", "on", "before", "near", "toward", "towards"})


def _protest_aim(cand: Candidate, lex: Lexicon) -> list[Token]:
    """Whom a protest that names no target is aimed at, when the sentence says it another way: "Anti-government
    riots", "anti-government protesters marched" (rule actors.target.protest-anti); "chanting slogans against the
    Syrian government", "to protest against the government's failure" (rule actors.target.protest-against); the
    occupant of the building it was held at, "outside the prime minister's residence", "marched to the district
    gendarmerie headquarters" (rule actors.target.protest-seat)."""
    tok = cand.token
    heads = lex.word_set("actor_heads")
    covered = actor_cover(tok.doc)[1]

    def named(t: Token) -> bool:
        return (actorish(t, heads) or t.i in covered) and t.pos_ != "PRON" and not _town(t)

    holders = [tok] + ([x for s in subject_tokens(tok) for x in expand_conj(s)] if is_verb(tok) else [])
    anti = [t for h in holders for t in h.lefts if _anti(t) and lemma(t) in heads]
    if anti:
        cand.decisions.append(Decision("actors.target.protest-anti", "attached", anti[0].text))
        return anti[:1]
    clauses = [tok] + [x for c in tok.children if c.dep_ in ("advcl", "xcomp") and is_verb(c) for x in expand_conj(c)]
    scopes = clauses + [o for c in clauses[1:] for o in c.children if o.dep_ == "dobj"]
    against = [p for h in scopes for c in prep_children(h, ("against",)) for p in pobjs(c)]
    aims = [p for p in against if named(p)] or [
        o for p in against for x in [p, *(c for c in p.children if c.dep_ == "oprd")] for o in owner(x) if named(o)]
    if aims:
        cand.decisions.append(Decision("actors.target.protest-against", "attached", aims[0].text))
        return _uniq(aims)
    seats = lex.word_set("seat_nouns")
    places = [p for h in clauses[:1] for c in prep_children(h, _SEAT_PREPS) for p in pobjs(c) if lemma(p) in seats]
    occupants = [o for p in places for o in p.lefts if o.dep_ in ("poss", "compound", "amod", "nmod")
                 and (named(o) or o.ent_type_ == "NORP")]
    if occupants:
        cand.decisions.append(Decision("actors.target.protest-seat", "attached", occupants[0].text))
    return occupants[:1]


def _anti(token: Token) -> bool:
    """"anti-government": the word after "anti" and a hyphen (or written as one token)."""
    doc = token.doc
    return (token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "anti") or (
        token.lower_.startswith("anti-"))


def _mobilize_roles(cand: Candidate, roles: Roles, lex: Lexicon) -> None:
    """A deployment's roles. "About 200 soldiers were flown into the town": with no agent, the forces moved are
    who mobilizes (rule actors.source.mobilized-forces). "sent troops into the district of Kandy", "deployed 100
    personnel to Nduga": where forces are sent is the place, never the target; a state they are sent to stays
    ("send peacekeepers to Kazakhstan") (rule actors.target.mobilize-destination)."""
    tok = cand.token
    heads = lex.word_set("actor_heads")
    if roles.construction == "passive" and not roles.source:
        forces = [quantity_head(x) for c in tok.children if c.dep_ == "nsubjpass" for x in expand_conj(c)]
        forces = [f for f in forces if actorish(f, heads) and f.pos_ != "PRON"]
        if forces:
            roles.source = forces
            # "Interior Ministry troops were flown in": the ministry owns the forces, it is no target
            inside = {t.i for f in forces for t in f.subtree}
            roles.target = [h for h in roles.target if h.i not in inside]
            cand.decisions.append(Decision("actors.source.mobilized-forces", "attached",
                                           ", ".join(f.text for f in forces)))
    spans, cover = actor_cover(tok.doc)
    places = [h for h in roles.target if _destination(h, spans, cover)]
    if places:
        roles.target = [h for h in roles.target if h not in places]
        roles.things = [h for h in roles.things if h not in places]
        cand.decisions.append(Decision("actors.target.mobilize-destination", "dropped",
                                       ", ".join(h.text for h in places)))


def _destination(head: Token, spans: list[Span], cover: dict[int, list[int]]) -> bool:
    """The head names a place forces are sent to: a place noun or a town, or the object of "to"/"into" that no
    actor mention with a sector covers (a state is an actor, "Nduga" or "the border" is not)."""
    if lemma(head) in PLACE_NOUNS or lemma(head) in SETTLEMENTS or _town(head):
        return True
    if head.dep_ != "pobj" or head.head.lower_ not in _DESTINATION_PREPS:
        return False
    return not any(spans[p]._.actor.sector for p in cover.get(head.i, ()))


def _offer_addressees(cand: Candidate, roles: Roles, lex: Lexicon) -> None:
    """Whom an offer or pledge is made to (rule actors.target.offer-addressee): the actor after "to" ("offered his
    fighters' services to the new rulers", not the fighters who own the services), the first of two objects
    ("offered Nepal all necessary assistance"), else the partner of the offered act ("offered to resume
    negotiations with the opposition", "offered to cooperate with Baghdad")."""
    tok = cand.token
    heads = lex.word_set("actor_heads")
    covered = actor_cover(tok.doc)[1]

    def named(t: Token) -> bool:
        return (actorish(t, heads) or t.i in covered) and t.pos_ != "PRON" and not _town(t)

    found = [p for c in tok.children if c.dep_ in ("dative", "prep") and c.lower_ == "to" for p in pobjs(c)
             if named(p)]
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not found and len(objects) >= 2 and named(objects[0]):
        found = expand_conj(objects[0])
    if not found and not roles.target:
        clauses = [x for c in tok.children if is_verb(c) and c.dep_ in ("xcomp", "advcl")
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for x in expand_conj(c)]
        holders = clauses + [o for c in clauses for o in c.children if c.dep_ != "ccomp" and o.dep_ == "dobj"]
        found = [p for h in holders for c in prep_children(h, ("with",)) for p in pobjs(c) if named(p)]
    if found and [t.i for t in found] != [t.i for t in roles.target]:
        roles.target = _uniq(found)
        cand.decisions.append(Decision("actors.target.offer-addressee", "attached",
                                       ", ".join(t.text for t in found)))


def _own_words(cand: Candidate, lex: Lexicon) -> set[int]:
    """Token ids that belong to the trigger itself: the words of a phrase trigger ("returned to the streets") and
    an event noun of the same type that the verb governs as its light verb ("took X hostage")."""
    m = cand.match
    if m.entry.pos != "verb":
        return set()  # a noun phrase's own words ("state of emergency") name no actor anyway
    own = set(range(m.start, m.end)) - {cand.token.i}
    for other in match_triggers(cand.token.sent, lex):
        e = other.entry
        gov = governor(other.token)
        if (e.pos == "noun" and e.type == cand.type and lemma(cand.token) in e.governors
                and gov is not None and gov.i == cand.token.i):
            own.update(range(other.start, other.end))
    return own


def _without_own(heads: list[Token], own: set[int]) -> list[Token]:
    """Role heads less the trigger's own words; a noun the parser hung on such a word as a compound is the real
    head ("took three Italian engineers hostage" read as one noun phrase)."""
    out: list[Token] = []
    for h in heads:
        if h.i not in own:
            out.append(h)
            continue
        out.extend(c for c in h.lefts if c.dep_ == "compound" and is_noun(c) and c.i not in own and c not in out)
    return out


def _town(token: Token) -> bool:
    """A place name below the level of a country ("Tskhinvali", "the capital of South Ossetia")."""
    place = place_of(token)
    return place is not None and getattr(place, "precision", None) not in (None, "country")


def blamed_doers(verb: Token, lex: Lexicon) -> list[Token] | None:
    """An accusation whose object is a hostile act ("condemned the attack on civilians", "blamed the burning of the
    church on X") is aimed at whoever did the act, never at its victims (rule roles.target.blamed-doer): the act's
    owner ("the ELN's attacks"), its "by" agent (on the act or the verb), the "on" phrase of a blame, else the
    The act itself stands as the target when no doer is named, so that no victim takes its place and the event's
    anaphora ("condemned the attack": the doer of the act the story leads with) can name it. None when the object
    is no hostile act."""
    acts = [x for c in verb.children if c.dep_ == "dobj" for x in expand_conj(c) if hostile_act(x, lex)]
    # "condemned what he called the violence against civilians by Maduro's thugs" (rule roles.target.what-called)
    named = [c for c in verb.children if c.dep_ in ("ccomp", "relcl") and is_verb(c)
             and any(w.dep_ == "dobj" and w.lower_ == "what" for w in c.children)]
    acts += [x for c in named for o in c.children if o.dep_ == "oprd" for x in expand_conj(o) if hostile_act(x, lex)]
    if not acts:
        return None
    doers: list[Token] = [p for c in named for k in c.children if k.dep_ in ("prep", "agent") and k.lower_ == "by"
                          for p in pobjs(k)]
    heads = lex.word_set("actor_heads")
    for act in acts:
        doers.extend(owner(act))
        # "state violence", "police repression": a people or group noun that modifies the act did it
        doers.extend(c for c in act.lefts if c.dep_ in ("compound", "amod", "nmod") and lemma(c) in heads)
        doers.extend(a for c in act.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in agents(c))
    doers.extend(p for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in pobjs(c))
    if not doers and lemma(verb) in lex.word_set("blame_verbs"):
        doers.extend(p for h in [verb, *acts] for c in prep_children(h, ("on",)) for p in pobjs(c))
    return _uniq(doers) or acts[:1]


def owned_things(lex: Lexicon) -> frozenset[str]:
    """Nouns of things that stand for their owner as a target (state property, military hardware)."""
    return lex.word_set("state_property") | lex.word_set("military_things")


def _opening_actor(verb: Token) -> list[Token]:
    """When the parse gives an active verb no subject ("Myanmar's military seized power ... and detained X"
    parsed as a noun phrase), the actor that opens the sentence is its subject."""
    sent = verb.sent
    spans = [s for s in actor_spans(verb.doc) if sent.start <= s.start < min(verb.i, sent.start + 4)]
    if not spans or spans[0].root.dep_ in ("pobj", "dobj", "nsubjpass"):
        return []
    return [spans[0].root]
