"""Source and target of an event noun ("the bombing of the market by militants", "Iraq's proposal",
"a US offer"), with its light verb, purpose objects and casualties, and the pronouns it points back to."""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Mapping
from typing import Any

from spacy.tokens import Doc, Span, Token

from polemos.lang.en.words import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    QUANTITY_HEADS,
    ROLES_SETTING_PREPS,
    SETTLEMENTS,
)
from polemos.nlp.events.roles import (
    _HOSTILE_PURPOSE_TYPES,
    _NP_EXCLUDE,
    _PATIENT_NOUN_TYPES,
    ACTOR_ENTS,
    Roles,
    _is_place,
    _to_infinitive,
    _uniq,
    actorish,
    agents,
    between,
    collaborators,
    is_passive,
    is_time,
    owner,
    pobjs,
    prep_children,
    role_words,
    verb_roles,
)
from polemos.nlp.triggers import expand_conj, governor, is_noun, is_verb, lemma


def purpose_targets(token: Token, verbs: Collection[str], *, actor_heads: Collection[str] = ()) -> list[Token]:
    """Whom a purpose clause is aimed at: "gathered to demand the resignation of the government", "protests
    demanding an end to military rule" -> the government, the military. The clause's object if it names an
    actor, else the object's owner or its "of"/"to" complement, else the clause's "against" phrase."""
    out: list[Token] = []
    # the clause may hang on the protest noun of the trigger's phrase: "took to the streets in protests organised
    # by X to demand his resignation" (rule roles.target.protest-purpose)
    holders = [token, *(p for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "with")
                        for p in pobjs(c) if is_noun(p))]
    clauses = [x for h in holders for c in h.children if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
               for x in expand_conj(c)]
    for c in clauses:  # "to protest food shortages and demand an end to ...": each conjunct
        if not is_verb(c) or lemma(c) not in verbs:
            continue
        for obj in (x for o in c.children if o.dep_ == "dobj" for x in expand_conj(o)):
            if actorish(obj, actor_heads):
                out.append(obj)
            elif lemma(obj) in role_words("custody_nouns", obj.doc):
                continue  # "to demand his release": who is held is not whom the protest is aimed at
            else:
                out.extend(owner(obj) or [p for pc in obj.children if pc.dep_ == "prep" and pc.lower_ in ("of", "to")
                                          for p in pobjs(pc)])
        if not out:
            # "calling for the government to step down", "calling for Maduro's resignation": whom the call is for
            for p in (p for pc in prep_children(c, ("for",)) for p in pobjs(pc)):
                out.extend([p] if actorish(p, actor_heads) else owner(p))
            # "calling for the government to step down", "demanding that the president resign": the subject of
            # the demanded act
            out.extend(x for k in c.children if k.dep_ in ("advcl", "ccomp") and is_verb(k)
                       for n in k.children if n.dep_ == "nsubj" for x in expand_conj(n) if actorish(x, actor_heads))
        if not out:
            out.extend(p for pc in prep_children(c, ("against",)) for p in pobjs(pc))
    return _uniq(out)


def noun_roles(noun: Token, spec: Mapping[str, Any], *, type_: str = "", light_verbs: Collection[str] = (),
               actor_heads: Collection[str] = ()) -> Roles:
    """Source and target of an event noun ("the drone killing of X", "air strikes against X")."""
    preps = set(spec.get("preps") or ()) - ROLES_SETTING_PREPS
    of_role = spec.get("of", "target")
    roles = Roles(construction="noun")
    # "the arrest of X by Y" names its patient in a complement; "Lai's arrest on Monday", "on charges of ..." do
    # not, and the possessive stays the patient (rule roles.target.patient-possessive); "the government's
    # resignation on Wednesday" is the government's own act
    has_complement = any(c.dep_ == "prep" and c.lower_ in preps | {"of"} and (type_ != "COERCE" or any(
        actorish(p, actor_heads) for p in pobjs(c))) for c in noun.children)
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
    # "began ten days of joint exercises", "a series of attacks": the measure phrase stands where the noun would
    anchor = noun
    if (noun.dep_ == "pobj" and noun.head.lower_ == "of" and is_noun(noun.head.head)
            and (is_time(noun.head.head) or lemma(noun.head.head) in QUANTITY_HEADS)):
        anchor = noun.head.head
    gov = governor(anchor)
    if gov is not None and _light(gov, light_verbs) and _background_of(anchor):
        gov = None  # "fired tear gas during protests": the verb's subject did not stage the protests
    if gov is not None and _light(gov, light_verbs):
        if anchor.dep_ in ("dobj", "conj", "compound") or (anchor.dep_ == "pobj" and anchor.head.head.i == gov.i):
            if not roles.source or all(s.dep_ == "poss" and s.pos_ == "PRON" for s in roles.source):
                # "Taiwan raised its alert level": the verb's subject, not the possessive pronoun, is the actor
                g = verb_roles(gov, {"object": "content", "preps": []}, actor_heads=actor_heads)
                if is_passive(gov):
                    roles.source = agents(gov)
                else:
                    roles.source = g.source
                roles.construction = "light-verb"
            if not roles.target:
                roles.target.extend(p for pc in prep_children(gov, preps - {"of", "in"} - ROLES_SETTING_PREPS)
                                    for p in pobjs(pc))
        elif anchor.dep_ == "nsubjpass" and not roles.source:
            roles.source = agents(gov)
            roles.construction = "light-verb"
    if not roles.target and type_ in _HOSTILE_PURPOSE_TYPES:
        # "launched an offensive to retake the breakaway region of South Ossetia"
        roles.target.extend(purpose_objects(noun, gov if gov is not None and _light(gov, light_verbs) else None,
                                            actor_heads=actor_heads))
    src, tgt = between(noun)
    if not src and noun.dep_ == "nsubj" and is_verb(noun.head):
        src, tgt = between(noun.head)  # "fighting broke out between A and B"
    if src and not roles.source:
        roles.source, roles.construction = src, "between"
        roles.target = tgt + roles.target
    roles.source, roles.target = _uniq(roles.source), _uniq(roles.target)
    return roles


def _background_of(noun: Token) -> bool:
    """The noun (or the first of its conjuncts) is the object of a background preposition ("deployed the army
    after clashes", "fired tear gas during protests"): an earlier or surrounding event, not the verb's content."""
    t = noun
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in role_words("background_preps", noun.doc)


def _light(verb: Token, light_verbs: Collection[str]) -> bool:
    """The verb is a light verb; also when the tagger cut an "-e" verb's past form to a wrong lemma ("staged" ->
    "stag")."""
    if lemma(verb) in light_verbs:
        return True
    low = verb.lower_
    return verb.tag_ in ("VBD", "VBN") and low.endswith("ed") and low[:-1] in light_verbs


def purpose_objects(noun: Token, gov: Token | None, *, actor_heads: Collection[str] = ()) -> list[Token]:
    """What a hostile act's purpose clause is aimed at: "an offensive to retake the region of South Ossetia" ->
    South Ossetia; "launched strikes to destroy militant positions" -> the positions' owner. The clause hangs on the
    noun or on its light verb, and its verb is one of taking or destroying (plover.yaml conquest_verbs)."""
    hosts = [noun] + ([gov] if gov is not None else [])
    conquest = role_words("conquest_verbs", noun.doc)
    clauses = [c for h in hosts for c in h.children if c.dep_ in ("acl", "advcl", "xcomp") and is_verb(c)
               and lemma(c) in conquest and _to_infinitive(c)]
    out: list[Token] = []
    for clause in clauses:
        for obj in (x for c in clause.children if c.dep_ == "dobj" for x in expand_conj(c)):
            if actorish(obj, actor_heads):
                out.append(obj)
            elif lemma(obj) in SETTLEMENTS:
                # "the breakaway region of South Ossetia": the place it names
                out.extend(p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in pobjs(c))
            else:
                out.extend(owner(obj) or ([obj] if _is_place(obj) else []))
    return _uniq(out)


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


def _own_clause_subjects(pronoun: Token) -> set[int]:
    """Token ids of the subject of an object pronoun's own clause, the subject a conjoined verb shares included
    ("Blinken called Aliyev and urged him"); empty for other pronouns."""
    if pronoun.dep_ not in ("dobj", "dative") or pronoun.lower_ not in ("him", "her"):
        return set()
    verb = pronoun.head
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ == "conj" \
            and verb.head.i != verb.i:
        verb = verb.head
    return {x.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for x in expand_conj(c)}


def _clause_mate(pronoun: Token) -> Token | None:
    """An object pronoun's antecedent in its own sentence (rule actors.anaphora.same-sentence-person): the
    latest singular person noun before it that is a subject, other than the subject of the pronoun's own verb
    ("a soldier was killed when a sniper shot him" -> soldier)."""
    if pronoun.dep_ not in ("dobj", "pobj", "dative") or pronoun.lower_ not in ("him", "her"):
        return None
    verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
    own = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    people = role_words("actor_heads", pronoun.doc)
    for t in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if (t.dep_ in ("nsubj", "nsubjpass") and t.i not in own and t.tag_ == "NN"
                and lemma(t) in people):
            return t
    return None


_person_memo: list[Any] = [None, None]


def _person_index(doc: Doc) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
    """Built once per doc for `resolve_pronoun` (each pronoun scanning the text before it was quadratic): the end
    and root index of each PERSON entity, the same for those whose root is a subject, and the indices of the
    proper-noun subjects that are no place or nationality, all in text order."""
    ref, index = _person_memo
    if ref is not None and ref() is doc and index[0] == len(doc):
        return index[1]  # type: ignore[no-any-return]
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    subjects = [e for e in people if e.root.dep_ in ("nsubj", "nsubjpass")]
    named = [t.i for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"
             and t.ent_type_ not in ("GPE", "NORP", "LOC", "FAC")]
    built = ([e.end for e in people], [e.root.i for e in people], [e.end for e in subjects],
             [e.root.i for e in subjects], named)
    _person_memo[:] = [weakref.ref(doc), (len(doc), built)]
    return built


def resolve_pronoun(token: Token) -> Token | None:
    """The antecedent head of a 3rd-person pronoun, or None (speakers, unknown)."""
    low = token.lower_
    doc: Doc = token.doc
    if low in PERSON_PRONOUNS:
        # the latest person named as a subject, else the latest person named
        ends, roots, subject_ends, subject_roots, named = _person_index(doc)
        best = -1
        k = bisect_right(subject_ends, token.i)  # people entities that end before the pronoun, named as subjects
        if k:
            best = subject_roots[k - 1]
        k = bisect_left(named, token.i)  # proper-noun subjects before it
        if k:
            best = max(best, named[k - 1])
        local = _clause_mate(token)
        if local is not None and local.i > best:
            return local
        own = _own_clause_subjects(token)
        if best >= 0 and (best not in own or not own):
            return doc[best]
        # "Blinken called Aliyev and urged him to halt ...": an object pronoun is never its own clause's subject;
        # the latest person named before it who is not (rule actors.anaphora.object-not-subject)
        k = bisect_right(ends, token.i)
        while k and roots[k - 1] in own:
            k -= 1
        if k:
            return doc[roots[k - 1]]
        return doc[best] if best >= 0 else None
    if low in GROUP_PRONOUNS:
        # "X said they/it had ...": the reporter is the antecedent
        verb = token.head
        if token.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp" and is_verb(verb.head):
            speaker = verb.head
            subs = [c for c in speaker.children if c.dep_ == "nsubj"]
            while not subs and speaker.dep_ == "conj" and is_verb(speaker.head) and speaker.head.i != speaker.i:
                # "ECOWAS condemned the mutiny and said it was closing ...": the subject of the first conjunct
                # (rule actors.anaphora.reporter-conjunct)
                speaker = speaker.head
                subs = [c for c in speaker.children if c.dep_ == "nsubj"]
            if subs and subs[0].pos_ != "PRON":
                return subs[0]
    return None


