"""Event trigger lexicon: loading and validating `data/triggers.jsonl` and `data/plover.yaml`, and matching.

A trigger entry names a lemma (or a multi-word phrase), its part of speech, the PLOVER type and
mode it signals, and optional conditions on the surrounding parse (required object, preposition,
particle, governing verb, subject). Among the entries whose conditions hold for a token, the most
specific one wins.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from polemos.lang.en.words import OBJECT_CONTROL, PLACE_PARTICLES, QUANTITY_HEADS
from polemos.nlp.resources import resources_of
from polemos.ontology.lexicon import _CONDITION_SETS, _OBJECT_DEPS, Lexicon, TriggerEntry


@dataclass
class TriggerMatch:
    """A trigger found in a doc: the head token, the matched token range and the winning entry."""

    token: Token
    start: int
    end: int
    entry: TriggerEntry

    @property
    def type(self) -> str:
        return self.entry.type


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def _forms(token: Token, norm: Callable[[str], str] | None = None) -> frozenset[str]:
    """Lemma and lower-case form of a token (in normalised spelling when ``norm`` is given)."""
    if norm is None:
        return frozenset((lemma(token), token.lower_))
    return frozenset((norm(lemma(token)), norm(token.lower_)))


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def is_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") or token.tag_.startswith("NN")


def expand_conj(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("A, B and C")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(expand_conj(child))
    return out


def phrase_words(token: Token, norm: Callable[[str], str] | None = None) -> set[str]:
    """Lemma of a noun and its modifier+noun phrases ("gas", "tear gas", "chemical weapon")."""
    out = {lemma(token), token.lower_}
    mods = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")]
    for c in mods:
        out.add(f"{lemma(c)} {lemma(token)}")
        out.add(f"{c.lower_} {lemma(token)}")
    return {norm(w) for w in out} if norm is not None else out


def reduced_passive(token: Token) -> bool:
    """A participle that modifies a noun with no subject or auxiliary of its own ("24 sailors seized off Crimea",
    "the town shelled overnight"): a passive whose object is the noun it modifies. The parser often tags the
    participle VBD and reads "off Crimea" as particle and object; a direct object anywhere else makes the verb
    active ("air strikes killed 42 people" parsed as one noun phrase)."""
    if token.dep_ != "acl" or token.tag_ not in ("VBN", "VBD") or not is_noun(token.head):
        return False
    kids = list(token.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids):
        return False
    particles = {c.i for c in kids if c.dep_ == "prt"}
    return all(c.i - 1 in particles for c in kids if c.dep_ == "dobj")


def object_tokens(token: Token, lex: Lexicon | None = None) -> list[Token]:
    """Objects of a verb (direct, passive subject, dative; with ``lex``, the people a reduced passive modifies) or
    of a noun ("of" complement), with conjuncts."""
    if reduced_passive(token):
        # a passive has no direct object: a "dobj" under it is a misparsed place. People the participle modifies
        # are its object ("24 sailors seized off Crimea"); a thing it modifies is only named by it ("the deal
        # reached in 2019", "property seized in the 1970s"), and captives "held" are in a state, not an act
        head = token.head
        if lex is None or lemma(quantity_head(head)) in captive_nouns(lex) or not _people(quantity_head(head), lex):
            return []
        return expand_conj(head)
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in _OBJECT_DEPS:
            out.extend(expand_conj(child))
        elif is_noun(token) and not is_verb(token) and child.dep_ == "prep" and child.lower_ in ("of", "on", "into"):
            out.extend(t for c in child.children if c.dep_ == "pobj" for t in expand_conj(c))
        elif child.dep_ == "xcomp" and is_verb(child):
            out.append(child)
    return out


def captive_nouns(lex: Lexicon) -> frozenset[str]:
    """Nouns of persons already held (plover.yaml's `captive_nouns`)."""
    return lex.word_set("captive_nouns")


def _people(token: Token, lex: Lexicon) -> bool:
    """A name or a people/group noun (plover.yaml `actor_heads`, the `seized_persons` set)."""
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
        return True
    return lemma(token) in lex.word_set("actor_heads") | lex.sets.get("seized_persons", frozenset())


def governor(token: Token) -> Token | None:
    """The verb an event noun depends on ("launched an attack", "remained on alert")."""
    t = token
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative", "nsubj"):
        return t.head
    if t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent"):
        return t.head.head
    if t.dep_ == "compound" and t.head.dep_ in ("dobj", "nsubjpass"):
        return t.head.head
    return None


def quantity_head(token: Token) -> Token:
    """The counted noun of a quantity phrase: "thousands of protesters" -> protesters."""
    if lemma(token) in QUANTITY_HEADS or token.pos_ == "NUM":
        for c in token.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    return token


def subject_tokens(token: Token) -> list[Token]:
    """Grammatical subjects of a verb, looking through xcomp/conj chains and relative clauses."""
    t = token
    for _ in range(6):
        subs = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        if subs:
            return [quantity_head(x) for s in subs for x in expand_conj(s)]
        if t.dep_ == "relcl" or (t.dep_ == "acl" and t.tag_ == "VBG"):
            return expand_conj(t.head)
        objects = [c for c in t.head.children if c.dep_ == "dobj"] if (
            t.dep_ == "xcomp" and lemma(t.head) in OBJECT_CONTROL) else []
        if objects:
            # object control: in "forced 300,000 people to flee", "urged Iran to talk" the object is the doer
            return [quantity_head(x) for o in objects for x in expand_conj(o)]
        if t.dep_ in ("xcomp", "conj", "advcl", "acomp") and t.head.i != t.i:
            t = t.head  # "it is willing to withdraw": through the adjective to the clause's subject
            continue
        break
    return []


def _condition_ok(token: Token, entry: TriggerEntry, lex: Lexicon | None) -> bool:
    norm = lex.spelling if lex is not None else None
    spelled = lex.spelled.get(entry) if lex is not None else None
    conds = spelled[1] if spelled is not None else {name: getattr(entry, name) for name in _CONDITION_SETS}

    def spell(word: str) -> str:
        return norm(word) if norm is not None else word

    if entry.objects:
        forms: set[str] = set()
        for obj in object_tokens(token, lex):
            obj = _antecedent(obj, token)
            forms |= phrase_words(obj, norm)
            counted = quantity_head(obj)  # "the number of troops", "a team of rescuers": the counted noun too
            if counted is not obj:
                forms |= phrase_words(counted, norm)
        if not forms & conds["objects"]:
            return False
    if entry.preps:
        preps = {c.lower_ for c in token.children
                 if c.dep_ in ("prep", "agent", "prt", "dative") and not _time_prep(c)}
        if not preps & entry.preps:
            return False
    if entry.particles:
        parts = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep")}
        if not parts & entry.particles:
            return False
    if entry.governors:
        gov = governor(token)
        if gov is None or spell(lemma(gov)) not in conds["governors"]:
            return False
    if entry.subjects or "leader_subject" in entry.requires:
        heads = subject_tokens(token) if is_verb(token) else [
            c for c in token.children if c.dep_ == "poss"] + [
            p for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in c.children]
        if entry.subjects and not any(spell(lemma(h)) in conds["subjects"] for h in heads):
            return False
        titles = lex.sets.get("person_titles", frozenset()) if lex is not None else frozenset()
        if "leader_subject" in entry.requires and not any(
                h.ent_type_ == "PERSON" or lemma(h) in titles for h in heads):
            return False
    for req in entry.requires:
        if req in ("never", "leader_subject"):
            continue
        has_obj = any(c.dep_ in ("dobj", "nsubjpass") for c in token.children)
        if req == "object" and not has_obj:
            return False
        if req == "intransitive" and has_obj:
            return False
        if req == "xcomp" and not any(c.dep_ == "xcomp" for c in token.children):
            return False
        if req == "ccomp" and not any(c.dep_ == "ccomp" and is_verb(c) for c in token.children):
            return False
        if req == "obligation" and not _obligation_clause(token, lex):
            return False
        if req == "protest_purpose" and not purpose_clauses(token, lex.word_set("protest_purposes") if lex else ()):
            return False
        if req == "object_propn":
            objs = [c for c in token.children if c.dep_ == "dobj"]
            if (not objs or objs[0].pos_ != "PROPN" or reduced_passive(token) or _after_place_particle(objs[0])
                    or any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in token.children)):
                return False
    return True


def _antecedent(obj: Token, verb: Token) -> Token:
    """The noun a relative pronoun object stands for ("the reform - which the regime withdrew": reform)."""
    if obj.tag_ == "WDT" and obj.lower_ in ("which", "that") and verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head
    return obj


def _time_prep(prep: Token) -> bool:
    """A fronted preposition that only dates the act ("On Monday the party called the move a farce"): its object
    is a date or time, so it is not the preposition the trigger governs ("called on X"). After the verb it may
    still be the one the parser hung the act's own phrase on ("fired in the air ... on Tuesday")."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.i < prep.head.i and bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def _after_place_particle(obj: Token) -> bool:
    """A named "object" right after a particle that is really a preposition of place ("seized off Crimea",
    "fighting near Bakhmut" misparsed): the place where the act happened, not what it was done to."""
    prev = obj.doc[obj.i - 1] if obj.i > 0 else None
    return (prev is not None and prev.dep_ == "prt" and prev.head.i == obj.head.i
            and prev.lower_ in PLACE_PARTICLES)  # the entity label is no help: "Crimea" is often tagged ORG


def purpose_clauses(token: Token, verbs: Collection[str]) -> list[Token]:
    """Infinitive clauses of purpose on a verb whose lemma is one of ``verbs`` ("gathered ... to demand")."""
    return [c for c in token.children if c.dep_ in ("advcl", "xcomp") and is_verb(c) and lemma(c) in verbs
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def obligation_words(lex: Lexicon) -> frozenset[str]:
    """Auxiliaries of obligation (plover.yaml's `obligation_aux`)."""
    return lex.word_set("obligation_aux")


_PERSON_ENDINGS = ("er", "or", "ist", "ant", "ent")  # "perpetrators", "killers", "extremists": people, not things


def _thing_passive(clause: Token, lex: Lexicon) -> bool:
    """"the dispute should be resolved through talks", "trade should be reviewed": what should happen to a thing
    is a view of how things ought to go, no demand on an actor (a noun subject of a passive that no actor span
    covers)."""
    actors = clause.doc.spans.get("actors", []) if "actors" in clause.doc.spans else []
    heads = lex.word_set("actor_heads")
    subjects = [c for c in clause.children if c.dep_ == "nsubjpass"]
    return bool(subjects) and all(
        s.pos_ == "NOUN" and lemma(s) not in heads and not lemma(s).endswith(_PERSON_ENDINGS)
        and not any(a.start <= s.i < a.end for a in actors) for s in subjects)


def _view_of_things(clause: Token) -> bool:
    """"It should be at a point where ...", "there must be more testing": how things ought to be, said with an
    empty subject, obliges no actor."""
    return lemma(clause) == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "there")
                                         for c in clause.children)


def _obligation_clause(token: Token, lex: Lexicon | None) -> bool:
    lex = lex if lex is not None else resources_of(token.doc).lexicon
    aux = obligation_words(lex)
    return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in aux for a in c.children)
               and not any(a.dep_ == "neg" for a in c.children) and not _thing_passive(c, lex)
               and not _view_of_things(c) for c in token.children)


def _pos_ok(token: Token, entry: TriggerEntry) -> bool:
    if entry.pos == "verb":
        return is_verb(token)
    return is_noun(token) or (token.tag_ == "VBG" and token.dep_ in ("nsubj", "dobj", "pobj", "nsubjpass"))


def _phrase_head(span_tokens: list[Token]) -> Token:
    """The token of a matched phrase whose head lies outside it (or that is its sentence's root)."""
    ids = {t.i for t in span_tokens}
    for t in span_tokens:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return span_tokens[-1]


def _specificity(entry: TriggerEntry) -> tuple[int, int, int, int]:
    conditions = sum(bool(x) for x in (entry.objects, entry.preps, entry.particles, entry.governors,
                                       entry.subjects)) + len(entry.requires)
    return (len(entry.words), entry.priority, conditions, -entry.line)


# Key of `match_triggers` answers in the doc's memo table (`attach.doc_index`).
_MATCHES_KEY = "polemos.trigger_matches"


def match_triggers(doc: Doc | Span, lex: Lexicon) -> list[TriggerMatch]:
    """Trigger matches in a doc or sentence, one per head token: the most specific entry that holds.
    Words are compared in normalised spelling (British and American forms alike).

    The answer is kept with the doc per lexicon and token range: the events component and the attachment
    rules (`attach.lexicon_type`) both ask for every sentence. The parse must be final, as it is once
    our components run."""
    from polemos.nlp.doc_index import doc_index

    whole = doc if isinstance(doc, Doc) else doc.doc
    start, end = (0, len(doc)) if isinstance(doc, Doc) else (doc.start, doc.end)
    memo = doc_index(whole).memo  # rebuilt when the doc is retokenised
    key = (_MATCHES_KEY, id(lex), start, end)
    cached = memo.get(key)
    if cached is None or cached[0] is not lex:
        # positions, not Tokens: a Token held in the doc's own tables would make a reference cycle
        found = [(m.token.i, m.start, m.end, m.entry) for m in _match_triggers(doc, lex)]
        cached = memo[key] = (lex, found)
    return [TriggerMatch(whole[i], start_, end_, entry) for i, start_, end_, entry in cached[1]]


def _match_triggers(doc: Doc | Span, lex: Lexicon) -> list[TriggerMatch]:
    tokens = list(doc)
    forms = [_forms(t, lex.spelling) for t in tokens]  # once per token, not once per entry tried
    by_head: dict[int, TriggerMatch] = {}
    for k, token in enumerate(tokens):
        candidates: list[TriggerEntry] = []
        for form in forms[k]:
            candidates.extend(lex.index.get(form, ()))
        for entry in candidates:
            words = lex.spelled[entry][0] if entry in lex.spelled else entry.words
            if k + len(words) > len(tokens):
                continue
            if not all(w in forms[k + j] for j, w in enumerate(words)):
                continue
            span = tokens[k:k + len(words)]
            head = _phrase_head(span)
            if not _pos_ok(head, entry) or not _condition_ok(head, entry, lex):
                continue
            current = by_head.get(head.i)
            if current is None or _specificity(entry) > _specificity(current.entry):
                by_head[head.i] = TriggerMatch(head, span[0].i, span[-1].i + 1, entry)
    return sorted(by_head.values(), key=lambda m: m.token.i)


def iter_entries_of_type(lex: Lexicon, type_: str) -> Iterator[TriggerEntry]:
    """Entries of one PLOVER type, in file order."""
    return (e for e in lex.entries if e.type == type_)


