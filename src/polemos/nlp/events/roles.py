"""Source and target of an event trigger from the dependency parse.

Pure functions over spaCy tokens. They return argument *head tokens*; `events.py` maps each
head's noun phrase to the actor mentions it covers. Constructions handled: active and passive
clauses (with or without an agent, several "by" agents, "in collaboration with"), coordination,
relative and participial clauses, infinitival complements, light verbs carrying event nouns
("launched air strikes against X"), possessives and nationality modifiers of event nouns
("Russia's invasion of Ukraine", "Israeli air raids"), "between A and B", and pronouns.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from polemos.lang.en.words import (
    ADJUNCT_PREPS,
    COLLAB_NOUNS,
    GOAL_PREPS,
    NEGATIVE_DETERMINERS,
    PARTY_PREPS,
    REFLEXIVES,
    ROLES_SETTING_PREPS,
    SETTLEMENTS,
    TIME_NOUNS,
    WH_PRONOUNS,
)
from polemos.nlp.resources import resources_of
from polemos.nlp.triggers import (
    expand_conj,
    governor,
    is_noun,
    is_verb,
    lemma,
    quantity_head,
    subject_tokens,
)

ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


# Dependents left out of an argument's noun phrase: clauses, appositions, coordination.
_NP_EXCLUDE = frozenset({"relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "parataxis", "prep", "preconj",
                         "case"})


_PATIENT_NOUN_TYPES = frozenset({"COERCE", "RETREAT"})


def role_words(name: str, doc: Doc) -> frozenset[str]:
    """A word list of the PLOVER table the doc was processed with (casualty_verbs, crewed_craft, civilian_craft,
    infinitive_verbs, own_forces, claim_nouns, conquest_verbs), for helpers that are given no lexicon."""
    return resources_of(doc).lexicon.word_set(name)


_HOSTILE_PURPOSE_TYPES = frozenset({"ASSAULT", "COERCE"})


@dataclass
class Roles:
    """Argument heads of one trigger and the construction that gave them."""

    source: list[Token] = field(default_factory=list)
    target: list[Token] = field(default_factory=list)
    construction: str = ""
    # Objects that name no actor ("seized a tanker", "torched a police station"): the target when nothing else is.
    things: list[Token] = field(default_factory=list)


def _uniq(tokens: list[Token]) -> list[Token]:
    seen: set[int] = set()
    out = []
    for t in tokens:
        if t.i not in seen:
            seen.add(t.i)
            out.append(t)
    return out


# Names of things, not actors ("Tomahawk missiles", "Patriot batteries").
THING_ENTS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})


NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})


def is_time(token: Token) -> bool:
    """A date or time expression ("Sunday", "Monday evening")."""
    return token.ent_type_ in NON_ACTOR_ENTS or token.lemma_.lower() in TIME_NOUNS


def pobjs(prep: Token) -> list[Token]:
    """Objects of a preposition, with their conjuncts (dates and times left out)."""
    return [x for c in prep.children if c.dep_ in ("pobj", "pcomp") for x in expand_conj(c) if not is_time(x)]


def prep_children(token: Token, names: Collection[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in ("prep", "agent", "dative") and c.lower_ in names]


def stranded_subject(verb: Token) -> Token | None:
    """The subject of a main verb that the parser hung as a participle on it: in "China, the North's only ally,
    called on both sides to ..." or "Sharif, visiting the hospital, called on Musharraf to resign" the sentence's
    root is the subject noun and "called" its `acl` after a comma. A verb with a "by" agent stays a reduced
    passive ("Protesters, angered by the ruling, ..."). None for other verbs (rule roles.source.stranded-subject)."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "acl" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children):
        return None
    noun = verb.head
    if noun.dep_ == "appos":
        noun = noun.head
    if noun.dep_ != "ROOT":
        # "Bush, speaking in Beijing, where he was attending the Games, called for ...": hung on a nearer noun;
        # the sentence's root is still a noun that opens it, with no verb of its own
        noun = verb.sent.root
        if verb.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            return None
    if noun.dep_ != "ROOT" or not is_noun(noun) or noun.i > verb.i:
        return None
    return noun


def speaker_of_conjunct(verb: Token, subjects: list[Token], actor_heads: Collection[str]) -> list[Token]:
    """"Borrell said the election had been unfair and condemned the violence": the parser hangs "condemned" on the
    reported clause, whose subject is no actor; the verb is the speaker's second act (rule
    roles.source.speaker-conjunct). Empty when the conjunct's subject is an actor or the clause is no report."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "ccomp" or not is_verb(first.head) or first.head.i > first.i:
        return []
    if any(actorish(s, actor_heads) for s in subjects):
        return []
    speakers = subject_tokens(first.head)
    return speakers if any(actorish(s, actor_heads) for s in speakers) else []


def is_passive(verb: Token) -> bool:
    """A passive clause ("were attacked", "arrested by police" as a reduced relative)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if stranded_subject(verb) is not None:
        return False
    # a participle with a direct object of its own is active, whatever the parse ("air strikes killed 42 people"
    # read as a noun phrase)
    return (verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and verb.head.i != verb.i
            and not any(c.dep_ == "dobj" for c in verb.children))


def agents(verb: Token) -> list[Token]:
    """Agents of a passive verb: every "by" phrase (also "and by ..."), and "in collaboration with" partners."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            out.extend(pobjs(c))
            for conj in c.children:
                if conj.dep_ == "conj" and conj.lower_ == "by":
                    out.extend(pobjs(conj))
    out.extend(collaborators(verb))
    out.extend(x for a in list(out) for x in collaborators(a))  # "by militias in collaboration with the police"
    return _uniq(out)


def collaborators(token: Token) -> list[Token]:
    """Partners named by "in collaboration/cooperation with X", "together with X", "alongside X"."""
    out: list[Token] = []
    for c in token.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ == "in":
            for n in c.children:
                if n.dep_ == "pobj" and lemma(n) in COLLAB_NOUNS:
                    for w in n.children:
                        if w.dep_ == "prep" and w.lower_ == "with":
                            out.extend(pobjs(w))
        elif c.lower_ in ("alongside",) or c.lower_ == "with" and any(a.lower_ == "together" for a in c.children):
            out.extend(pobjs(c))
    return out


def owner(noun: Token) -> list[Token]:
    """Whose a content noun is: "Iraq's proposal", "a US offer", "an Indian proposal", "calls by Annan"."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ == "poss":
            out.extend(expand_conj(c))
        elif c.dep_ in ("compound", "amod", "nmod") and (
                c.ent_type_ in ACTOR_ENTS or (c.pos_ == "PROPN" and c.ent_type_ not in THING_ENTS)):
            out.append(c)
        elif c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by"):
            out.extend(pobjs(c))
    return _uniq(out)


def between(token: Token) -> tuple[list[Token], list[Token]]:
    """"fighting between A and B": ([A], [B, ...]), or ([], []) when there is no such phrase."""
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            parties = pobjs(c)
            if len(parties) >= 2:
                return parties[:1], parties[1:]
            if len(parties) == 1 and coordinated_modifiers(parties[0]):
                # "between Armenian and Azerbaijani forces": one head, the sides are its modifiers (the actors
                # module splits them)
                return parties, []
    return [], []


def coordinated_modifiers(head: Token) -> list[Token]:
    """Coordinated nationality or name modifiers of one head noun ("Armenian and Azerbaijani forces")."""
    for c in head.lefts:
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ACTOR_ENTS:
            group = expand_conj(c)
            if len(group) > 1:
                return group
    return []


def actorish(token: Token, actor_heads: Collection[str] = ()) -> bool:
    """The word could name an actor: a name, a pronoun, a people/group noun."""
    if is_time(token):
        return False
    if token.pos_ == "PROPN" or token.ent_type_ in ACTOR_ENTS:
        return True
    if token.pos_ == "PRON":
        return token.lower_ not in WH_PRONOUNS and token.lower_ not in REFLEXIVES
    return lemma(token) in actor_heads or crewed_craft(token)


def crewed_craft(token: Token) -> bool:
    """Military craft qualified by who flies them ("Turkish F-16 jets", "Israeli drones"): they stand for those
    forces as an actor."""
    if lemma(token) not in role_words("crewed_craft", token.doc) or any(
            c.lower_ in role_words("civilian_craft", token.doc) for c in token.lefts):
        return False
    mods = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod", "poss", "nummod")]
    return any(t.ent_type_ in ACTOR_ENTS and t.pos_ != "NUM" for m in mods for t in m.subtree)


def negated_actor(token: Token) -> bool:
    """A noun phrase that denies its actor ("no group", "neither side")."""
    return any(c.dep_ == "det" and c.lower_ in NEGATIVE_DETERMINERS for c in token.children)


def verb_roles(verb: Token, spec: Mapping[str, Any], *, actor_heads: Collection[str] = (),
               instruments: Collection[str] = (), obligation: Collection[str] = (),
               things: Collection[str] = (), envoys: Collection[str] = ()) -> Roles:
    """Source and target of a verb trigger. An object that is a weapon ("fired missiles at X") gives no target:
    its preposition does, else its owner ("shot down a US drone"); a reported obligation ("said Y must ...") is
    addressed to the clause's subject. An object among ``things`` (a palace, a warship) stands for its owner; an
    envoy among ``envoys`` ("recalled its ambassador to Iran") for the state it is sent to."""
    preps = set(spec.get("preps") or ()) - ROLES_SETTING_PREPS
    object_is_target = spec.get("object", "target") == "target"
    roles = Roles()
    src, tgt = between(verb)
    if is_passive(verb):
        roles.construction = "passive"
        roles.source = agents(verb)
        patients = [quantity_head(x) for c in verb.children if c.dep_ == "nsubjpass" for x in expand_conj(c)]
        if not patients and verb.dep_ in ("acl", "amod"):
            head = verb.head
            patients = [head.head if head.dep_ == "appos" else head]
        elif patients and lemma(patients[0]) in WH_PRONOUNS and verb.dep_ == "relcl":
            patients = [verb.head]
        weapons_ = [p for p in patients if lemma(p) in instruments or p.lower_ in instruments]
        if weapons_ and object_is_target:
            # "live ammunition was fired at people": the weapon is no patient, its aim is the target (rule
            # roles.target.passive-weapon-aim)
            patients = [p for p in patients if p not in weapons_]
            aims = [p for c in prep_children(verb, preps) for p in pobjs(c)]
            patients = patients or aims
        if object_is_target:
            roles.target = patients
        else:
            roles.target = [o for p in patients for o in owner(p)]
    else:
        roles.construction = "active"
        stranded = stranded_subject(verb)
        subjects = [stranded] if stranded is not None else adjunct_subjects(verb) or subject_tokens(verb)
        subjects = speaker_of_conjunct(verb, subjects, actor_heads) or subjects
        if subjects and lemma(subjects[0]) in WH_PRONOUNS and verb.dep_ == "relcl":
            subjects = [verb.head]
        subjects = nearest_side(verb) or subjects
        roles.source = subjects + collaborators(verb)
        objects = [quantity_head(x) for c in verb.children if c.dep_ == "dobj" for x in expand_conj(c)
                   if x.lower_ not in REFLEXIVES]  # "blew himself up": the bomber is no target
        # "granted him asylum", "has given them shelter": a pronoun is a recipient too (rule roles.target.dative-pronoun)
        datives = [x for c in verb.children if c.dep_ == "dative" and (is_noun(c) or (
            c.pos_ == "PRON" and c.lower_ not in REFLEXIVES and c.lower_ not in WH_PRONOUNS)) for x in expand_conj(c)]
        targets: list[Token] = list(datives)
        weapons: list[Token] = []
        for obj in objects:
            if lemma(obj) in instruments or obj.lower_ in instruments:
                weapons.append(obj)
                continue
            posted_to = envoy_host(obj, envoys, actor_heads)
            if posted_to:
                targets.extend(posted_to)  # the envoy is the subject's own: the act is aimed at the host
            elif object_is_target:
                if actorish(obj, actor_heads) or lemma(obj) in things:
                    targets.append(obj)
                else:
                    # "destroyed the homes of civilians", "took control of the presidential palace", "cut ties
                    # with Qatar"; else the object itself may be the target ("seized a tanker")
                    party = [p for h in (obj, verb) for c in h.children if c.dep_ == "prep"
                             and c.lower_ in PARTY_PREPS for p in pobjs(c) if actorish(p, actor_heads)]
                    owners = owner(obj)
                    if party and owners and all(_own_side(o) for o in owners):
                        # "closing its member states' borders with Mali": the borders are the subject's own, the
                        # party they are closed to is the target (rule roles.target.own-thing-party)
                        owners, found_party = [], party
                    else:
                        found_party = []
                    found = found_party or owners or of_complements(obj) or [
                        p for c in obj.children if c.dep_ == "prep" and c.lower_ in preps & PARTY_PREPS for p in pobjs(c)]
                    of_owners = [p for p in of_complements(obj) if actorish(p, actor_heads) or any(
                        t.ent_type_ in ("ORG", "PERSON") for t in p.lefts)]
                    if of_owners and all(o.dep_ == "compound" and o.ent_type_ not in ("ORG", "PERSON") for o in found):
                        found = of_owners  # "raided the Tunis bureau of Al Jazeera": the owner, not the town
                    targets.extend(found)
                    if not found:
                        roles.things.append(obj)
            else:
                # "rejected opposition demands", "met the main demand of indigenous groups": whose the content is
                targets.extend(owner(obj) or content_owner(obj, actor_heads) or [
                    o for n in [obj, *of_complements(obj)] for o in clause_owner(n, actor_heads)])
                targets.extend(p for c in obj.children if c.dep_ == "prep" and c.lower_ in preps for p in pobjs(c))
        if not targets and obligation:
            targets.extend(obligation_addressees(verb, obligation))
        if not targets:
            # "fired more than 80 missiles at cities": the aim hangs on the verb or on the weapon
            for name in spec.get("preps") or ():
                if name in ROLES_SETTING_PREPS:
                    continue
                found = [p for h in [verb, *weapons] for c in prep_children(h, (name,)) for p in pobjs(c)]
                if found:
                    targets.extend(found)
                    break
        if not targets:
            # "demanded that Hamas renounce ...", "urged X to ...": the addressee is the clause's subject
            for c in verb.children:
                if c.dep_ == "ccomp" and is_verb(c):
                    targets.extend(x for s in c.children if s.dep_ == "nsubj" for x in expand_conj(s))
        if not targets:
            # "pledged to help Haitian authorities", "threatened to review the country's trade privileges"
            targets.extend(complement_targets(verb, preps, actor_heads=actor_heads, instruments=instruments))
        if not targets and object_is_target:
            # "shot down a US military surveillance drone": a weapon with an owner is the owner's
            targets.extend(w for w in weapons if owner(w))
        if object_is_target and not any(actorish(t, actor_heads) for t in targets):
            # "fired missiles at cities across Ukraine, killing at least 19 people": the dead were its target
            targets.extend(casualties(verb))
        roles.things.extend(w for w in weapons if w not in targets)  # "hit a car": a vehicle may be the target
        roles.target = targets
    if src and not roles.source:
        roles.source, roles.construction = src, "between"
        roles.target = tgt + roles.target
    roles.source, roles.target = _uniq(roles.source), _uniq(roles.target)
    return roles


def _own_side(token: Token) -> bool:
    """A possessive that points back at the clause's own side: "its", "their", "its member states'"."""
    return token.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)


def nearest_side(verb: Token) -> list[Token]:
    """The one side a clause after a "between A and B" phrase is said of: "clashes between police and students
    protesting against job quotas" -> students. Two sides of a clash are opposed, so a participle or relative
    clause after the last of them is not shared by the first (the parser hangs it on the first conjunct).
    Empty otherwise."""
    head = verb.head
    if verb.dep_ not in ("acl", "relcl") or head.dep_ != "pobj" or head.head.lower_ != "between":
        return []
    sides = expand_conj(head)
    last = max(sides, key=lambda t: t.i)
    if len(sides) < 2 or verb.i < last.i:
        return []
    return [last]


def adjunct_subjects(verb: Token) -> list[Token]:
    """The subject of a verb heading an adjunct that names none: "X responded by recalling its envoys" (the verb
    under a preposition), and a participle after a comma that the parser hung on a relative clause ("withdrew a
    decree that had scrapped subsidies, meeting the main demand of ...") is the main clause's. Empty otherwise."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return []
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ADJUNCT_PREPS and is_verb(head.head):
        return subject_tokens(head.head)
    if (verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "relcl" and verb.i > 0
            and verb.doc[verb.i - 1].text == "," and is_noun(head.head)):
        outer = governor(head.head)
        if outer is not None and is_verb(outer) and outer.i < head.head.i:
            return subject_tokens(outer)
    return []


def content_owner(noun: Token, actor_heads: Collection[str] = ()) -> list[Token]:
    """Whose a content noun is when no name owns it: a group-noun modifier ("opposition demands", "rebel
    proposals"), or the "of" phrase of a demand or proposal ("the main demand of indigenous groups")."""
    if lemma(noun) not in role_words("claim_nouns", noun.doc):
        return []  # "army reservists" are the army's own, not whom the act is aimed at
    return [c for c in noun.children if c.dep_ == "compound" and actorish(c, actor_heads)] or [
        p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in pobjs(c) if actorish(p, actor_heads)]


def clause_owner(noun: Token, actor_heads: Collection[str] = ()) -> list[Token]:
    """Whose a content noun is, told by a clause on it (rule roles.target.content-clause-owner): "rejected an offer
    of talks that Kibaki had made" -> Kibaki, "rejected a proposal backed by Boluarte" -> Boluarte."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ == "relcl" and is_verb(c):
            out.extend(x for s in c.children if s.dep_ == "nsubj" and s.lower_ not in WH_PRONOUNS
                       for x in expand_conj(s) if actorish(x, actor_heads) and x.pos_ != "PRON")
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            out.extend(a for a in agents(c) if actorish(a, actor_heads))
    return _uniq(out)


def complement_targets(verb: Token, preps: Collection[str], *, actor_heads: Collection[str] = (),
                       instruments: Collection[str] = ()) -> list[Token]:
    """Whom an intended act in an infinitive complement is aimed at: its object if an actor ("pledged to help
    Haitian authorities"), else the owner of its object ("threatened to review the country's trade privileges"),
    else a goal phrase naming an actor or a place ("pledged to deliver air defences to Kyiv", "threatened to ...
    let migrants flood into Europe"). Looks two clauses deep, through coordination."""
    goals = (set(preps) | {"into"}) & GOAL_PREPS
    # "threatened on Friday to open ...": the complement parsed as an adverbial clause; after other verbs such a
    # clause is a purpose ("Congress met to certify ...")
    advcl_ok = lemma(verb) in role_words("infinitive_verbs", verb.doc)
    own = role_words("own_forces", verb.doc)
    frontier = [x for c in verb.children if is_verb(c) and (
        c.dep_ == "xcomp" or (advcl_ok and c.dep_ == "advcl" and _to_infinitive(c))) for x in expand_conj(c)]
    for _ in range(2):
        found: list[Token] = []
        for clause in frontier:
            subjects = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
            goal = [p for c in prep_children(clause, goals) for p in pobjs(c) if actorish(p, actor_heads) or _is_place(p)]
            if subjects:
                # "let migrants flood into Europe", "allow UN planes to land": where it goes, else who is let do it
                found.extend(goal or [x for s in subjects for x in expand_conj(s)
                                      if actorish(x, actor_heads) and x.pos_ != "PRON"])
                continue
            for obj in (x for c in clause.children if c.dep_ == "dobj" for x in expand_conj(c)):
                obj = quantity_head(obj)
                if lemma(obj) in instruments or lemma(obj) in own or obj.lower_ in REFLEXIVES:
                    continue
                if actorish(obj, actor_heads) and obj.pos_ != "PRON":
                    found.append(obj)
                else:
                    found.extend(o for o in owner(obj) if o.pos_ != "PRON")  # "their arms": the subject's own
            if not found:
                found.extend(goal)
        if found:
            return _uniq(found)
        # a level down: "to open the gates and let migrants flood ...", "to help Haitian authorities investigate"
        frontier = [x for clause in frontier for c in clause.children
                    if c.dep_ in ("xcomp", "ccomp", "conj") and is_verb(c) for x in expand_conj(c)]
    return []


def _to_infinitive(verb: Token) -> bool:
    """A bare "to" infinitive ("to open the gates"), not "in order to" or a clause with its own subject."""
    return (any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
            and not any(c.dep_ in ("nsubj", "mark") for c in verb.children))


def casualties(verb: Token) -> list[Token]:
    """The victims of a participial adjunct of the verb that names none of its own: "..., killing at least 19
    people and wounding 105" -> people."""
    out: list[Token] = []
    killing = role_words("casualty_verbs", verb.doc)
    for c in verb.children:
        if c.dep_ not in ("advcl", "conj") or c.tag_ != "VBG" or lemma(c) not in killing:
            continue
        if any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
            continue
        for x in expand_conj(c):
            out.extend(quantity_head(o) for o in x.children if o.dep_ == "dobj" and o.pos_ != "NUM")
    return out


def _is_place(token: Token) -> bool:
    """The token is inside a place mention of the doc."""
    return any(s.start <= token.i < s.end for s in token.doc.spans.get("places", ()))


def envoy_host(noun: Token, envoys: Collection[str], actor_heads: Collection[str] = ()) -> list[Token]:
    """The state an envoy is posted to: "its ambassador to Iran" -> Iran, "recalled its envoy from Qatar" ->
    Qatar; empty for other nouns."""
    if lemma(noun) not in envoys:
        return []
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # "recalled its envoy to X" hangs on the verb
    # "recalled its ambassadors from the bloc's member states": the states they were posted to
    return [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "from")
            for p in pobjs(c) if actorish(p, actor_heads)]


def of_complements(noun: Token) -> list[Token]:
    """Objects of the noun's "of" phrase ("control of the palace" -> palace), places left out ("the town of
    Palma" names a place, not whom the act was aimed at)."""
    if lemma(noun) in SETTLEMENTS:
        return []  # "the village of Tula": the name of the place, whatever the tagger makes of it
    places = noun.doc.spans.get("places", ())
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in pobjs(c)
            if p.ent_type_ not in PLACE_ENTS and not any(s.start <= p.i < s.end for s in places)]


def obligation_addressees(verb: Token, obligation: Collection[str]) -> list[Token]:
    """Subjects of a complement clause that states an obligation ("said Sudan must return ...")."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in obligation for a in c.children):
            out.extend(x for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for x in expand_conj(s))
    return out


