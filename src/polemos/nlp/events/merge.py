"""The rules that merge or keep apart candidate events: same-clause mentions, separate acts done to
different targets, deaths that are a nearby attack's cost or the attackers' own, a protest's purpose,
mediations, riots, decided sanctions, and definite nouns that name an earlier event back."""

from __future__ import annotations

import re

from spacy.tokens import Token

from polemos.models import Decision
from polemos.nlp.events.candidate import Candidate, _mode, _own_subject
from polemos.nlp.events.modality import (
    ASSERTED,
    ModalityWords,
    is_negated,
    is_scheduled,
    modality_of,
)
from polemos.nlp.events.participants import actors_for_heads, paragraph_sents
from polemos.nlp.events.reciprocal import mutual_noun
from polemos.nlp.triggers import (
    governor,
    is_verb,
    lemma,
    quantity_head,
)
from polemos.ontology.lexicon import Lexicon


def _compatible(a: Candidate, b: Candidate) -> bool:
    sa = {t.i for t in a.roles.source}
    sb = {t.i for t in b.roles.source}
    return not sa or not sb or bool(sa & sb) or _same_np(a.roles.source, b.roles.source)


def _same_np(xs: list[Token], ys: list[Token]) -> bool:
    return {lemma(x) for x in xs} == {lemma(y) for y in ys}


# "killed 17 people in a raid on Tuesday, and gendarmes pursuing the attackers shot dead six raiders a day later"
_LATER = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|several|a few|\d{1,2})\s+(?:day|days|week|weeks|"
                    r"month|months)\s+later\b|\bthe\s+(?:next|following)\s+(?:day|morning|night|week)\b",
                    re.IGNORECASE)


def _told_later(a: Candidate, b: Candidate) -> bool:
    """The later candidate's sentence, after the earlier trigger, tells a gap ("a day later", "the next day"): two
    acts at two times, not one told twice (rule events.split.separate-acts)."""
    first, second = (a, b) if a.token.i < b.token.i else (b, a)
    sent = second.token.sent
    start = max(first.token.idx + len(first.token), sent.start_char)
    return bool(_LATER.search(first.token.doc.text, start, sent.end_char))


def _separate_acts(a: Candidate, b: Candidate) -> bool:
    """Two verbs of one sentence done to different targets are two acts ("dismissed the Prime Minister and
    suspended parliament"); the same target, or none named on one side, is one act told twice ("attacked and
    burned the village"); an act told with a gap after the other ("a day later") is another."""
    if _told_later(a, b):
        return True
    if not (a.match.entry.pos == b.match.entry.pos == "verb" and is_verb(a.token) and is_verb(b.token)):
        return False
    if a.token.sent != b.token.sent or not a.roles.target or not b.roles.target:
        return False
    if a.retyped or b.retyped:
        return False  # recoded intentions and refusals ("agreed to ban ... and froze ..."): one stance, kept whole
    ids_a, ids_b = {t.i for t in a.roles.target}, {t.i for t in b.roles.target}
    return not (ids_a & ids_b) and not _same_np(a.roles.target, b.roles.target)


def _merge_into(keep: Candidate, other: Candidate) -> None:
    """``other`` is a second mention of ``keep``'s event: its tokens, and the roles ``keep`` lacks, join it."""
    keep.tokens.extend(other.tokens)
    if not keep.roles.source:
        keep.roles.source = other.roles.source
    if not keep.roles.target:
        keep.roles.target = other.roles.target
    if not keep.mode:
        keep.mode = other.mode


#: Types whose events make a nearby agentless death their cost rather than an event of its own.
_VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})


_PURPOSE_DEPS = frozenset({"advcl", "acl", "xcomp", "relcl"})


#: Modes of a standing measure whose enforcement the next sentence's agentless arrests are ("declared a state of
#: emergency. ... more than 1,400 people have been detained"), unlike a single act such as firing tear gas.
_STANDING_MODES = frozenset({"emergency", "curfew"})




def decision_taken(cand: Candidate, lex: Lexicon) -> Token | None:
    """The decision verb that takes a sanction rather than intending it ("EU ministers agreed on Monday to ban
    imports", "decided to impose sanctions"), if any: other acts agreed on stay intentions (PLOVER AGREE/THREATEN),
    and a negated, conditional or unasserted decision takes nothing."""
    if cand.type != "SANCTION":
        return None
    tok = cand.token
    verb = tok if cand.match.entry.pos == "verb" and is_verb(tok) else governor(tok)
    if verb is None or verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    decider = verb.head
    if not is_verb(decider) or lemma(decider) not in lex.word_set("decision_verbs"):
        return None
    words = ModalityWords.from_lists(lex.words)
    if is_negated(verb, words) or any(  # "agreed not to ban", "agreed to impose sanctions if ..."
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for t in (decider, verb) for c in t.children):
        return None
    if modality_of(decider, words) != ASSERTED or is_scheduled(decider, words):
        return None
    return decider


def _modes_differ(a: Candidate, b: Candidate, lex: Lexicon) -> bool:
    """Both mentions carry a mode and the modes differ (crowd control and arrests are two acts)."""
    ma, mb = _mode(a, lex), _mode(b, lex)
    return ma is not None and mb is not None and ma != mb


def attackers_own_dead(cost: Candidate, kept: list[Candidate], lex: Lexicon) -> bool:
    """An agentless death on the side of the attack told just before ("French warplanes struck rebel positions.
    A French helicopter pilot was killed during the operation"): the other side hit them, an assault of its own
    with an unnamed source, not the cost of the attackers' strike."""
    sents = paragraph_sents(cost.token.sent)
    host = next((k for k in reversed(kept) if k is not cost and not k.match.entry.cost and k.type == "ASSAULT"
                 and k.token.i < cost.token.i and (k.token.sent == cost.token.sent or k.token.sent in sents)), None)
    if host is None or not host.roles.source or not cost.roles.target or mutual_noun(host.token, lex):
        return False  # the dead of "fighting" between two sides belong to neither
    attackers = actors_for_heads(host.roles.source, lex)
    side = {a.country for a in attackers if a.country}
    avoid = frozenset(a.key() for a in attackers)
    hit = {(a.country, a.sector) for a in actors_for_heads(host.roles.target, lex, avoid=avoid)}
    # only victims whose own phrase names their nation ("a French helicopter pilot"), not "people" placed in the
    # country the text is about
    named = [h for h in cost.roles.target if any(c.ent_type_ in ("NORP", "GPE") for c in h.children)]
    dead = {(a.country, a.sector) for a in actors_for_heads(named, lex) if a.country}
    return any(country in side for country, _ in dead) and not dead & hit


def absorb_victims(cost: Candidate, kept: list[Candidate], lex: Lexicon) -> bool:
    """An agentless death ("was shot dead while covering an Israeli army raid") belongs to the attack told in the
    same sentence: its victims become that attack's target when the attack names none. False when there is no
    such attack."""
    host = next((k for k in kept if k is not cost and not k.match.entry.cost and k.type == "ASSAULT"
                 and k.mode != "crowd-control" and k.token.sent == cost.token.sent), None)
    if host is None:
        return False
    # the dead of "fighting" belong to neither side: its parties are found elsewhere (reciprocal.py)
    if not host.roles.target and cost.roles.target and not mutual_noun(host.token, lex):
        host.roles.target = list(cost.roles.target)
    host.tokens.append(cost.token)
    return True


def fold_purposes(kept: list[Candidate], dropped: list[Candidate] | None = None) -> list[Candidate]:
    """A demand that only states a protest's purpose ("a strike demanding higher wages", "protesters calling for
    his resignation") is part of the protest: its target goes to the protest, it is no event of its own (the
    folded demands are appended to ``dropped``)."""
    protests = [p for p in kept if p.type == "PROTEST"]
    out: list[Candidate] = []
    for c in kept:
        tok = c.token
        if c.type == "REQUEST" and is_verb(tok):
            hosts = [p for p in protests if p.token.sent == tok.sent and _purpose_of(tok, p)]
            if hosts:
                if not hosts[0].roles.target:
                    hosts[0].roles.target = [t for t in c.roles.target if t.i not in {s.i for s in hosts[0].roles.source}]
                c.decisions.append(Decision("events.purpose.of-protest", "merged", _at(hosts[0])))
                if dropped is not None:
                    dropped.append(c)
                continue
        out.append(c)
    return out


def _purpose_of(tok: Token, protest: Candidate) -> bool:
    """The demand hangs on the protest (its trigger, the trigger's verb or its crowd) as a participle or clause;
    a participle parsed as the head of the protest verb ("Protesters calling for X marched") counts too."""
    p = protest.token
    gov = governor(p)
    anchors = {p.i, p.head.i, *(s.i for s in protest.roles.source)} | ({gov.i} if gov is not None else set())
    if tok.dep_ in _PURPOSE_DEPS and not _own_subject(tok) and tok.head.i in anchors:
        return True
    return tok.tag_ == "VBG" and p.dep_ == "conj" and p.head.i == tok.i


def is_mediator(c: Candidate, kept: list[Candidate]) -> bool:
    """"a ceasefire mediated by Egypt": the mediation labels another event of the sentence, it is no meeting of
    its own."""
    tok = c.token
    return (c.type == "CONSULT" and c.mode == "mediate" and is_verb(tok) and tok.dep_ == "acl" and tok.tag_ == "VBN"
            and any(k is not c and k.type != "CONSULT" and k.token.sent == tok.sent for k in kept))


def _riot(c: Candidate, lex: Lexicon) -> None:
    """A crowd's violence is a riot (PLOVER codes it PROTEST): "protesters burned a police station", "a mob looted
    shops"; armed groups and forces stay ASSAULT."""
    if c.type != "ASSAULT" or lemma(c.token) not in lex.word_set("riot_acts") or not c.roles.source:
        return
    crowds, forces = lex.word_set("crowd_sources"), lex.sets.get("forces", frozenset())

    def forms(h: Token) -> set[str]:
        word = lemma(quantity_head(h)).lower()  # "Rioters" opening a sentence keeps its plural as lemma
        return {word, word[:-1]} if word.endswith("s") else {word}

    heads = [forms(h) for h in c.roles.source]
    # "a mob" with a stray apposition ("Sindh's second-largest city, a mob"): a crowd and no armed group
    if any(f & crowds for f in heads) and not any(f & forces for f in heads):
        c.rule += " +riot:ASSAULT->PROTEST"
        c.decisions.append(Decision("events.retype.riot", "retyped", "ASSAULT->PROTEST"))
        c.type, c.mode, c.retyped = "PROTEST", "riot", True


def _inherit_from_clause(c: Candidate, by_token: dict[int, Candidate]) -> None:
    """An event noun in a phrase of another event's verb shares its actors ("attacked ..., with massive
    numbers of arrests")."""
    if c.match.entry.pos != "noun" or c.roles.source or c.type == "PROTEST":
        return  # a protest belongs to its crowd, not to the police who broke it up
    t = c.token
    for _ in range(5):
        if t.dep_ not in ("pobj", "prep", "conj") or t.head.i == t.i:
            return
        t = t.head
        if t.i in by_token and is_verb(t) and t.dep_ != "prep":
            host = by_token[t.i]
            if host is not c and host.roles.source:
                c.roles.source = list(host.roles.source)
                c.roles.target = c.roles.target or list(host.roles.target)
                c.roles.construction = "shared"
            return


def _drop_anaphora(cands: list[Candidate], lex: Lexicon, dropped: list[Candidate] | None = None) -> list[Candidate]:
    """'The attack' / 'the Trump regime's attack' after an earlier attack is the same event: fill, don't repeat
    (the dropped mentions are appended to ``dropped``)."""
    out: list[Candidate] = []
    for c in cands:
        tok = c.token
        definite = any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "that", "its", "their", "his", "her")
                       or d.dep_ == "poss" for d in tok.children)
        earlier = next((o for o in out if o.type == c.type), None)
        fact_preps = set(lex.roles.get(c.type, {}).get("preps") or ()) | {"in", "at", "near", "outside", "during"}
        new_facts = any(ch.dep_ in ("nummod", "relcl", "acl") or (ch.dep_ == "prep" and ch.lower_ in fact_preps)
                        for ch in tok.children)
        if c.match.entry.pos == "noun" and definite and earlier is not None and not c.roles.target and not new_facts:
            if not earlier.roles.source and c.roles.source:
                earlier.roles.source = c.roles.source
            c.decisions.append(Decision("events.anaphora.names-back", "merged", _at(earlier)))
            earlier.decisions.append(Decision("events.anaphora.names-back", "attached", _at(c)))
            if dropped is not None:
                dropped.append(c)
            continue
        out.append(c)
    return out


def _at(c: Candidate) -> str:
    """How a trace names another candidate: its type and trigger word with the trigger's offset."""
    return f"{c.type} {c.token.text!r} at {c.token.idx}"
