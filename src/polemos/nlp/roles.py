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

from spacy.tokens import Doc, Span, Token

from polemos.nlp.triggers import expand_conj, governor, is_noun, is_verb, lemma, quantity_head, subject_tokens

WH_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "it", "its"})
SPEAKER_PRONOUNS = frozenset({"i", "we", "me", "us", "our", "my", "you", "your"})
COLLAB_NOUNS = frozenset({"collaboration", "cooperation", "coordination", "conjunction", "concert", "alliance",
                          "partnership", "league", "tandem"})
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
SETTLEMENTS = frozenset({"village", "town", "city", "district", "province", "region", "neighbourhood", "neighborhood",
                         "suburb", "county", "municipality", "island", "port", "state", "township", "hamlet"})
# Dependents left out of an argument's noun phrase: clauses, appositions, coordination.
_NP_EXCLUDE = frozenset({"relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "parataxis", "prep", "preconj",
                         "case"})
_PATIENT_NOUN_TYPES = frozenset({"COERCE", "RETREAT"})
# Prepositions of an object noun that name the other party ("ties with Qatar", "aid to Ethiopia"), unlike those
# that name a place ("a checkpoint at the border").
_PARTY_PREPS = frozenset({"with", "to", "from", "against", "between", "for"})


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
TIME_NOUNS = frozenset({"day", "night", "morning", "evening", "afternoon", "week", "month", "year", "weekend",
                        "hour", "minute", "time", "dawn", "dusk", "midnight", "noon"})


def is_time(token: Token) -> bool:
    """A date or time expression ("Sunday", "Monday evening")."""
    return token.ent_type_ in NON_ACTOR_ENTS or token.lemma_.lower() in TIME_NOUNS


def pobjs(prep: Token) -> list[Token]:
    """Objects of a preposition, with their conjuncts (dates and times left out)."""
    return [x for c in prep.children if c.dep_ in ("pobj", "pcomp") for x in expand_conj(c) if not is_time(x)]


def prep_children(token: Token, names: Collection[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in ("prep", "agent", "dative") and c.lower_ in names]


def is_passive(verb: Token) -> bool:
    """A passive clause ("were attacked", "arrested by police" as a reduced relative)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
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
    return [], []


def actorish(token: Token, actor_heads: Collection[str] = ()) -> bool:
    """The word could name an actor: a name, a pronoun, a people/group noun."""
    if is_time(token):
        return False
    if token.pos_ == "PROPN" or token.ent_type_ in ACTOR_ENTS:
        return True
    if token.pos_ == "PRON":
        return token.lower_ not in WH_PRONOUNS
    return lemma(token) in actor_heads


def verb_roles(verb: Token, spec: Mapping[str, Any], *, actor_heads: Collection[str] = (),
               instruments: Collection[str] = (), obligation: Collection[str] = (),
               things: Collection[str] = (), envoys: Collection[str] = ()) -> Roles:
    """Source and target of a verb trigger. An object that is a weapon ("fired missiles at X") gives no target:
    its preposition does, else its owner ("shot down a US drone"); a reported obligation ("said Y must ...") is
    addressed to the clause's subject. An object among ``things`` (a palace, a warship) stands for its owner; an
    envoy among ``envoys`` ("recalled its ambassador to Iran") for the state it is sent to."""
    preps = set(spec.get("preps") or ())
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
        if object_is_target:
            roles.target = patients
        else:
            roles.target = [o for p in patients for o in owner(p)]
    else:
        roles.construction = "active"
        subjects = subject_tokens(verb)
        if subjects and lemma(subjects[0]) in WH_PRONOUNS and verb.dep_ == "relcl":
            subjects = [verb.head]
        roles.source = subjects + collaborators(verb)
        objects = [quantity_head(x) for c in verb.children if c.dep_ == "dobj" for x in expand_conj(c)]
        datives = [x for c in verb.children if c.dep_ == "dative" and is_noun(c) for x in expand_conj(c)]
        targets: list[Token] = list(datives)
        weapons: list[Token] = []
        for obj in objects:
            if lemma(obj) in instruments or obj.lower_ in instruments:
                weapons.append(obj)
                continue
            posted_to = envoy_host(obj, envoys)
            if posted_to:
                targets.extend(posted_to)  # the envoy is the subject's own: the act is aimed at the host
            elif object_is_target:
                if actorish(obj, actor_heads) or lemma(obj) in things:
                    targets.append(obj)
                else:
                    # "destroyed the homes of civilians", "took control of the presidential palace", "cut ties
                    # with Qatar"; else the object itself may be the target ("seized a tanker")
                    found = owner(obj) or of_complements(obj) or [
                        p for c in obj.children if c.dep_ == "prep" and c.lower_ in preps & _PARTY_PREPS for p in pobjs(c)]
                    targets.extend(found)
                    if not found:
                        roles.things.append(obj)
            else:
                targets.extend(owner(obj))
                targets.extend(p for c in obj.children if c.dep_ == "prep" and c.lower_ in preps for p in pobjs(c))
        if not targets and obligation:
            targets.extend(obligation_addressees(verb, obligation))
        if not targets:
            for name in spec.get("preps") or ():
                found = [p for c in prep_children(verb, (name,)) for p in pobjs(c)]
                if found:
                    targets.extend(found)
                    break
        if not targets:
            # "demanded that Hamas renounce ...", "urged X to ...": the addressee is the clause's subject
            for c in verb.children:
                if c.dep_ == "ccomp" and is_verb(c):
                    targets.extend(x for s in c.children if s.dep_ == "nsubj" for x in expand_conj(s))
        if not targets and object_is_target:
            # "shot down a US military surveillance drone": a weapon with an owner is the owner's
            targets.extend(w for w in weapons if owner(w))
        roles.things.extend(w for w in weapons if w not in targets)  # "hit a car": a vehicle may be the target
        roles.target = targets
    if src and not roles.source:
        roles.source, roles.construction = src, "between"
        roles.target = tgt + roles.target
    roles.source, roles.target = _uniq(roles.source), _uniq(roles.target)
    return roles


def envoy_host(noun: Token, envoys: Collection[str]) -> list[Token]:
    """The state an envoy is posted to: "its ambassador to Iran" -> Iran; empty for other nouns."""
    if lemma(noun) not in envoys:
        return []
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # "recalled its envoy to X" hangs on the verb
    return [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
            for p in pobjs(c) if actorish(p)]


def of_complements(noun: Token) -> list[Token]:
    """Objects of the noun's "of" phrase ("control of the palace" -> palace), places left out ("the town of
    Palma" names a place, not whom the act was aimed at)."""
    if lemma(noun) in SETTLEMENTS:
        return []  # "the village of Tula": the name of the place, whatever the tagger makes of it
    places = noun.doc.spans.get("places", ())
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in pobjs(c)
            if p.ent_type_ not in PLACE_ENTS and not any(s.start <= p.i < s.end for s in places)]


def purpose_targets(token: Token, verbs: Collection[str], *, actor_heads: Collection[str] = ()) -> list[Token]:
    """Whom a purpose clause is aimed at: "gathered to demand the resignation of the government", "protests
    demanding an end to military rule" -> the government, the military. The clause's object if it names an
    actor, else the object's owner or its "of"/"to" complement, else the clause's "against" phrase."""
    out: list[Token] = []
    clauses = [x for c in token.children if c.dep_ in ("advcl", "xcomp", "acl", "relcl") for x in expand_conj(c)]
    for c in clauses:  # "to protest food shortages and demand an end to ...": each conjunct
        if not is_verb(c) or lemma(c) not in verbs:
            continue
        for obj in (x for o in c.children if o.dep_ == "dobj" for x in expand_conj(o)):
            if actorish(obj, actor_heads):
                out.append(obj)
            else:
                out.extend(owner(obj) or [p for pc in obj.children if pc.dep_ == "prep" and pc.lower_ in ("of", "to")
                                          for p in pobjs(pc)])
        if not out:
            out.extend(p for pc in prep_children(c, ("against",)) for p in pobjs(pc))
    return _uniq(out)


def obligation_addressees(verb: Token, obligation: Collection[str]) -> list[Token]:
    """Subjects of a complement clause that states an obligation ("said Sudan must return ...")."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in obligation for a in c.children):
            out.extend(x for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for x in expand_conj(s))
    return out


def noun_roles(noun: Token, spec: Mapping[str, Any], *, type_: str = "", light_verbs: Collection[str] = (),
               actor_heads: Collection[str] = ()) -> Roles:
    """Source and target of an event noun ("the drone killing of X", "air strikes against X")."""
    preps = set(spec.get("preps") or ())
    of_role = spec.get("of", "target")
    roles = Roles(construction="noun")
    has_complement = any(c.dep_ == "prep" and c.lower_ in preps | {"of"} for c in noun.children)
    for c in noun.children:
        if c.dep_ == "poss":
            if type_ in _PATIENT_NOUN_TYPES and not has_complement:
                roles.target.extend(expand_conj(c))
            else:
                roles.source.extend(expand_conj(c))
        elif c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ in ACTOR_ENTS or c.pos_ == "PROPN"):
            roles.source.append(c)
        elif c.dep_ in ("prep", "agent") and c.lower_ == "by":
            roles.source.extend(pobjs(c))
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            roles.source.extend(agents(c))  # "attacks claimed by X", "a raid carried out by X"
        elif c.dep_ == "prep" and c.lower_ == "of" and of_role == "content" and "of" in preps:
            # "a boycott of Qatar": a named actor is whom the act is aimed at; "a suspension of aid" names none
            roles.target.extend(p for p in pobjs(c) if p.pos_ == "PROPN" or p.ent_type_ in ACTOR_ENTS)
        elif c.dep_ == "prep" and c.lower_ == "of":
            (roles.source if of_role == "source" else roles.target if of_role == "target" else []).extend(pobjs(c))
        elif c.dep_ == "prep" and c.lower_ in preps:
            roles.target.extend(pobjs(c))
    roles.source.extend(collaborators(noun))
    # clauses on the noun (or on "wave of revolts") that carry its arguments: "revolts that started against X"
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and is_noun(noun.head.head):
        holders.append(noun.head.head)
    for h in holders:
        for c in h.children:
            if c.dep_ in ("relcl", "acl") and is_verb(c) and not is_passive(c):
                roles.target.extend(p for pc in prep_children(c, preps - {"of", "in"}) for p in pobjs(pc))
    gov = governor(noun)
    if gov is not None and (lemma(gov) in light_verbs):
        if noun.dep_ in ("dobj", "conj", "compound") or (noun.dep_ == "pobj" and noun.head.head.i == gov.i):
            if not roles.source or all(s.dep_ == "poss" and s.pos_ == "PRON" for s in roles.source):
                # "Taiwan raised its alert level": the verb's subject, not the possessive pronoun, is the actor
                g = verb_roles(gov, {"object": "content", "preps": []}, actor_heads=actor_heads)
                if is_passive(gov):
                    roles.source = agents(gov)
                else:
                    roles.source = g.source
                roles.construction = "light-verb"
            if not roles.target:
                roles.target.extend(p for pc in prep_children(gov, preps - {"of", "in"}) for p in pobjs(pc))
        elif noun.dep_ == "nsubjpass" and not roles.source:
            roles.source = agents(gov)
            roles.construction = "light-verb"
    src, tgt = between(noun)
    if src and not roles.source:
        roles.source, roles.construction = src, "between"
        roles.target = tgt + roles.target
    roles.source, roles.target = _uniq(roles.source), _uniq(roles.target)
    return roles


def np_span(head: Token) -> Span:
    """The argument's noun phrase, without clauses, appositions, conjuncts or prepositions other than 'of'."""
    keep: list[Token] = []

    def walk(t: Token) -> None:
        keep.append(t)
        for c in t.children:
            if c.dep_ in _NP_EXCLUDE and not (c.dep_ == "prep" and c.lower_ == "of" and t.i < c.i):
                continue
            walk(c)

    walk(head)
    ids = sorted(t.i for t in keep)
    start, end = ids[0], ids[-1] + 1
    doc = head.doc
    # "the", "a" and edge punctuation are not part of a name
    while start < end - 1 and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def resolve_pronoun(token: Token) -> Token | None:
    """The antecedent head of a 3rd-person pronoun, or None (speakers, unknown)."""
    low = token.lower_
    doc: Doc = token.doc
    if low in PERSON_PRONOUNS:
        # the latest person named as a subject, else the latest person named
        people = [e.root for e in doc.ents if e.label_ == "PERSON" and e.end <= token.i]
        named_subjects = [t for t in doc[:token.i] if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"
                          and t.ent_type_ not in ("GPE", "NORP", "LOC", "FAC")]
        subjects = [t for t in people if t.dep_ in ("nsubj", "nsubjpass")] + named_subjects
        if subjects:
            return max(subjects, key=lambda t: t.i)
        return people[-1] if people else None
    if low in GROUP_PRONOUNS:
        # "X said they/it had ...": the reporter is the antecedent
        verb = token.head
        if token.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp" and is_verb(verb.head):
            subs = [c for c in verb.head.children if c.dep_ == "nsubj"]
            if subs and subs[0].pos_ != "PRON":
                return subs[0]
    return None
