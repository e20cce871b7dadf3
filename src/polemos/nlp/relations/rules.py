"""The constructions of ``polemos_relations``: each a pure function ``(ctx) -> list[Relation]`` over one
sentence (token helpers in ``relation_context``). Their cue words come from ``data/relation_cues.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from polemos.models import Actor, Relation
from polemos.nlp.relations.context import (
    ENTITY_KIND,
    Context,
    Mention,
    actor_key,
    after_locative,
    apposed_to,
    before_comma,
    conjoined,
    is_negated,
    is_state,
    make_relation,
    mention_after,
    mention_of_token,
    np_mention,
    possessor,
    refine,
    relational_type,
    resolve_words,
    subject_of,
    window_negated,
)
from polemos.nlp.relations.nouns import rule_backing, rule_relational_noun, rule_with_noun


def rule_hyphen(ctx: Context) -> list[Relation]:
    """ "Iran-aligned Houthi movement", "Russian-backed forces", "pro-Iranian militias", "anti-Houthi"."""
    out: list[Relation] = []
    doc, sent = ctx.doc, ctx.sent
    for tok in sent:
        if tok.text != "-" or tok.i - 1 < sent.start or tok.i + 1 >= sent.end:
            continue
        left, right = doc[tok.i - 1], doc[tok.i + 1]
        if right.lower_ in ctx.cues.hyphen_participles:
            rtype = ctx.cues.hyphen_participles[right.lower_]
            x = _hyphen_left(ctx, tok.i)
            y = _modified(ctx, right, tok.i)
            rule = f"hyphen.{right.lower_}"
        elif left.lower_ in ctx.cues.hyphen_prefixes and right.text[:1].isupper():
            # "pro-Iranian", "anti-Houthi"; not "anti-government" (whose government?)
            rtype = ctx.cues.hyphen_prefixes[left.lower_]
            x = _hyphen_right(ctx, tok.i + 1)
            y = _modified(ctx, right, tok.i - 1)
            rule = f"hyphen.{left.lower_}"
        else:
            continue
        if y is None or y.generic or doc[y.end - 1].pos_ == "NOUN":
            y = _apposed(ctx, right) or y  # "Georgian Dream, the Kremlin-backed party": the party named
        if x is None or y is None or actor_key(x) == actor_key(y.actor):
            continue
        out.append(make_relation(ctx, rtype, x, y, rule))
    return out


def _apposed(ctx: Context, tok: Token) -> Mention | None:
    """The named actor a noun phrase is in apposition to: "X, the Kremlin-backed party" -> X."""
    head = tok.head
    if head.dep_ != "appos":
        return None
    first = head.left_edge.i
    named = before_comma(ctx, first - 1)
    return named if named is not None and not named.generic and not named.person else None


def _hyphen_left(ctx: Context, hyphen: int) -> Actor | None:
    """The actor written before a hyphen: a mention ending there, else the words resolved."""
    m = ctx.ending(hyphen)
    if m is not None:
        return m.actor
    for n in (2, 1):
        start = hyphen - n
        if start < ctx.sent.start:
            continue
        actor = resolve_words(ctx.resolve, ctx.doc[start:hyphen])
        if actor is not None:
            return actor
    return None


def _hyphen_right(ctx: Context, i: int) -> Actor | None:
    """The actor written after "pro-"/"anti-": a mention starting there, else the word resolved."""
    m = ctx.starting(i)
    if m is not None:
        return m.actor
    return resolve_words(ctx.resolve, ctx.doc[i:i + 1])


def _modified(ctx: Context, tok: Token, exclude_before: int) -> Mention | None:
    """The mention a hyphenated modifier belongs to: the noun it modifies (made specific)."""
    doc = ctx.doc
    head = tok.head if ctx.sent.start <= tok.head.i and tok.i < tok.head.i < ctx.sent.end else None
    last = head.i if head is not None else min(tok.i + 3, ctx.sent.end - 1)
    for j in range(tok.i + 1, last + 1):
        m = ctx.at(j)
        if m is not None:
            return refine(ctx, m)
    # one span covering the whole compound ("Iran-aligned Houthi movement"): the recogniser's actor
    m = ctx.at(tok.i)
    if m is not None and m.start <= exclude_before:
        return m
    # "pro-Iranian militias of al-Hashd al-Sha'bi": the generic noun is named by its complement
    if head is not None and head.i + 1 < ctx.sent.end and doc[head.i + 1].lower_ == "of":
        nxt = mention_after(ctx, head.i + 2)
        if nxt is not None and not nxt.generic and not is_state(nxt):
            return nxt
    return np_mention(ctx, head) if head is not None else None


def rule_by_agent(ctx: Context) -> list[Relation]:
    """ "the Syrian government, backed by Russia", "the coalition led by Saudi Arabia", "Israel, backed by
    the United States and Britain" (each agent)."""
    out: list[Relation] = []
    doc, sent = ctx.doc, ctx.sent
    for tok in sent:
        rtype = ctx.cues.by_participles.get(tok.lemma_.lower())
        if rtype is None or tok.tag_ != "VBN" or tok.i + 1 >= sent.end:
            continue
        by = tok.i + 2 if doc[tok.i + 1].lower_ == "over" else tok.i + 1  # "presided over by"
        if by >= sent.end or doc[by].lower_ != "by" or ctx.at(tok.i) is not None:
            continue
        agent = mention_after(ctx, by + 1)
        if agent is None:
            continue
        patient: Mention | None = None
        # passive clause: "Y is backed by X"
        subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if subj and tok.i in ctx.claimed:
            continue  # "denied that the rebels were backed by Rwanda"; "the militias backed by Iran" describes
        if subj:
            patient = mention_of_token(ctx, subj[0])
            if patient is None and subj[0].tag_ in ("WDT", "WP"):
                continue  # "South Ossetia, which has been run by ...": no actor
        elif tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and ctx.at(tok.head.i) is None:
            # "a coalition led by X" after "the June 5 Movement,"; "the government led by X" names no actor
            patient = apposed_to(ctx, tok.head)
            if patient is None:
                continue
        if patient is None:
            patient = _nearest_before(ctx, tok.i)
        if patient is None:
            continue
        negated = is_negated(ctx, [tok]) or window_negated(ctx, patient.end, tok.i)
        # "Israel, backed by the United States and Britain": each coordinated agent
        for each in dict.fromkeys([agent, *conjoined(ctx, agent)]):
            if each is not patient:
                out.append(make_relation(ctx, rtype, each, patient, f"by.{tok.lemma_.lower()}", negated=negated))
    return out


def _nearest_before(ctx: Context, i: int) -> Mention | None:
    """The closest mention before token ``i`` in the sentence that is not a place complement."""
    for m in sorted((m for m in ctx.mentions if m.end <= i), key=lambda m: -m.end):
        if not after_locative(ctx, m):
            return refine(ctx, m)
    return None


def rule_with_phrase(ctx: Context) -> list[Relation]:
    """ "al-Hashd al-Sha'bi in collaboration with the Iraqi government", "X, allied with Y"."""
    out: list[Relation] = []
    sent, words = ctx.sent, ctx.words
    firsts = {p[0] for p in ctx.cues.with_phrases}
    starts = [k for k, w in enumerate(words) if w in firsts]
    for n in sorted({len(p) for p in ctx.cues.with_phrases}, reverse=True):
        for k in starts:
            phrase = tuple(words[k:k + n])
            rtype = ctx.cues.with_phrases.get(phrase)
            if rtype is None:
                continue
            i = sent.start + k
            if i in ctx.claimed:
                continue
            other = mention_after(ctx, i + n)
            if other is not None and other.end < sent.end and ctx.doc[other.end].tag_ == "POS":
                # "in solidarity with Syria's Kurds": the possessed people, not their country
                owned = ctx.doc[other.end - 1].head
                other = ctx.at(owned.i) or np_mention(ctx, owned) if owned.i > other.end else None
            if other is None:
                continue
            first = _with_first(ctx, i)
            if first is None:
                continue
            negated = window_negated(ctx, max(first.end, i - 3), i)
            out.append(make_relation(ctx, rtype, first, refine(ctx, other), "with." + "_".join(phrase),
                                     negated=negated))
    return out


def _with_first(ctx: Context, i: int) -> Mention | None:
    """The first argument of "… in collaboration with Y": the subject if the phrase hangs on a verb
    with an actor subject and no closer actor; otherwise the nearest actor before the phrase."""
    near = _nearest_before(ctx, i)
    if near is not None:
        return near
    return subject_of(ctx, ctx.doc[i])


_FUTURE_AUX = frozenset({"will", "shall", "would", "'ll"})
_INTENT_HEADS = frozenset({"ready", "willing", "prepared", "offer", "promise", "agree", "plan", "pledge", "vow",
                           "intend", "want", "hope", "seek", "decide"})


def _not_yet(verb: Token) -> bool:
    """Whether a verb tells a tie still to come (rule verb.not-yet): a future ("will lead") or an infinitive of
    readiness or intent ("stands ready to support", "pledged to back")."""
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        verb.head.lemma_.lower() in _INTENT_HEADS


def rule_verbs(ctx: Context) -> list[Relation]:
    """ "X controlled Y", "Iran backs Hezbollah", "X allied with Y", "X fought against Y"."""
    out: list[Relation] = []
    for tok in ctx.sent:
        if tok.pos_ != "VERB" or ctx.at(tok.i) is not None or tok.i in ctx.claimed:
            continue
        lemma = tok.lemma_.lower()
        if tok.tag_ == "VBN" and any(c.dep_ in ("nsubjpass", "agent") for c in tok.children):
            continue  # passives are rule_by_agent's
        if _not_yet(tok):
            continue  # "will lead the party", "stands ready to support the parties": an offer, no standing tie
        subj: Mention | None = None
        if lemma in ctx.cues.object_verbs:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if objs:
                obj = mention_of_token(ctx, objs[0])
                if obj is not None and _under_against(ctx, obj, objs[0]):
                    obj = None  # "supports the police action against Lai" backs the action, not Lai
                if obj is not None:
                    # "a country already battling an insurgency": the participle's noun, not the clause's subject
                    subj = mention_of_token(ctx, tok.head) if tok.dep_ == "acl" else subject_of(ctx, tok)
                    if subj is not None and subj is not obj:
                        out.append(make_relation(ctx, ctx.cues.object_verbs[lemma], subj, obj, f"verb.{lemma}",
                                                 negated=is_negated(ctx, [tok])))
        for prep in (c for c in tok.children if c.dep_ == "prep"):
            rtype = ctx.cues.prep_verbs.get((lemma, prep.lower_))
            if rtype is None:
                continue
            pobj = [c for c in prep.children if c.dep_ == "pobj"]
            obj = mention_of_token(ctx, pobj[0]) if pobj else None
            subj = subj or subject_of(ctx, tok)
            if obj is None or subj is None or subj is obj:
                continue
            out.append(make_relation(ctx, rtype, subj, obj, f"verb.{lemma}_{prep.lower_}",
                                     negated=is_negated(ctx, [tok])))
    return out


def _under_against(ctx: Context, m: Mention, top: Token) -> bool:
    """Whether mention ``m`` hangs from ``top`` through "against" ("the action against X")."""
    tok = ctx.doc[m.start]
    for _ in range(8):
        if tok.i == top.i or tok.head is tok:
            return False
        if tok.lower_ == "against":
            return True
        tok = tok.head
    return False


def rule_conflict(ctx: Context) -> list[Relation]:
    """ "fighting between A and B", "the war against Y" (waged by the possessor or the subject)."""
    out: list[Relation] = []
    doc, sent = ctx.doc, ctx.sent
    for tok in sent:
        if tok.lower_ not in ctx.cues.conflict_nouns and tok.lemma_.lower() not in ctx.cues.conflict_nouns:
            continue
        if ctx.at(tok.i) is not None or tok.i + 1 >= sent.end or tok.i in ctx.claimed:
            continue
        nxt = doc[tok.i + 1]
        if nxt.lower_ == "between":
            a = mention_after(ctx, tok.i + 2)
            if a is None:
                continue
            j = a.end
            if j < sent.end and doc[j].lower_ == "and":
                b = mention_after(ctx, j + 1)
                if b is not None:
                    out.append(make_relation(ctx, "ENEMY", refine(ctx, a), refine(ctx, b), "conflict.between"))
            continue
        if nxt.lower_ not in ("against", "on", "with") or tok.pos_ not in ("NOUN", "VERB"):
            continue
        if nxt.lower_ in ("on", "with") and tok.lower_ not in ("war", "warfare", "jihad"):
            continue
        pobj = [c for c in nxt.children if c.dep_ == "pobj"]
        target = (mention_of_token(ctx, pobj[0]) if pobj else None) or mention_after(ctx, tok.i + 2)
        if target is None:
            continue
        target = refine(ctx, target)
        waged = possessor(ctx, tok)
        # "X was prime minister during the war with Iraq": a war that dates a clause is not waged by its subject
        if waged is None and tok.lemma_.lower() not in ctx.cues.attack_nouns \
                and tok.head.lower_ not in ctx.cues.temporal_preps:
            # an offensive is an event unless it is someone's standing campaign ("resumed its offensive")
            waged = subject_of(ctx, tok, named=True)
        if waged is None or waged is target:
            continue
        out.append(make_relation(ctx, "ENEMY", waged, target, f"conflict.{tok.lower_}_{nxt.lower_}",
                                 negated=is_negated(ctx, [tok])))
    return out


def rule_defend(ctx: Context) -> list[Relation]:
    """ "to help repel the Turkish assault": the defender is the enemy of the assailant."""
    out: list[Relation] = []
    doc = ctx.doc
    for tok in ctx.sent:
        if tok.lemma_.lower() not in ctx.cues.defend_verbs or tok.pos_ != "VERB" or tok.i in ctx.claimed:
            continue
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            if obj.lemma_.lower() not in ctx.cues.attack_nouns and obj.lower_ not in ctx.cues.attack_nouns:
                continue
            assailant = possessor(ctx, obj)
            if assailant is None:
                for mod in obj.children:
                    if mod.i < obj.i and mod.dep_ in ("amod", "compound", "nmod"):
                        m = ctx.at(mod.i)
                        if m is not None:
                            assailant = m
                            break
                        actor = resolve_words(ctx.resolve, doc[mod.i:mod.i + 1])
                        if actor is not None:
                            assailant = Mention(mod.i, mod.i + 1, actor)
                            break
            if assailant is None:
                continue
            defender = subject_of(ctx, tok, named=True)
            if defender is None or actor_key(defender.actor) == actor_key(assailant.actor):
                continue
            out.append(make_relation(ctx, "ENEMY", defender, assailant, f"defend.{tok.lemma_.lower()}",
                                     negated=is_negated(ctx, [tok])))
    return out


def rule_of_organisation(ctx: Context) -> list[Relation]:
    """ "the Quds force of the Iranian Revolutionary Guards", "the IRGC's Quds Force" → PART_OF."""
    out: list[Relation] = []
    doc = ctx.doc
    for m in ctx.mentions:
        if not _is_organisation(m) or doc[m.end - 1].lower_ in ctx.cues.relational_nouns or _fragment(ctx, m):
            continue  # "a commander of the Pakistani Taliban" is a person with a role: rule_relational_noun's
        j = _past_acronym(ctx, m.end)
        if j < ctx.sent.end and doc[j].lower_ == "of":
            whole = mention_after(ctx, j + 1)
            if whole is not None and whole.person and whole.start == _skip_det(ctx, j + 1) \
                    and m.actor.sector not in ("GOV", "LEG", "JUD") and m.actor.kind != "government":
                # "the Katiba Macina of Amadou Kouffa": a group named by its leader
                out.append(make_relation(ctx, "LEADS", whole, m, "of.person"))
                continue
            if whole is not None and _is_organisation(whole) and _skip_det(ctx, whole.start) == _skip_det(ctx, j + 1):
                out.append(make_relation(ctx, "PART_OF", m, whole, "of.organisation"))
        if j + 1 < ctx.sent.end and doc[j].tag_ == "POS":
            part = ctx.starting(j + 1)
            if part is not None and _is_organisation(part):
                out.append(make_relation(ctx, "PART_OF", part, m, "possessive.organisation"))
    return out


def _fragment(ctx: Context, m: Mention) -> bool:
    """A mention that is the tail of a hyphenated word ("General" of "Secretariat-General") or a role title
    ("Secretary-General of the United Nations"): no organisation of its own."""
    doc = ctx.doc
    if m.start - 1 >= ctx.sent.start and doc[m.start - 1].text == "-" and not doc[m.start - 1].whitespace_:
        return True
    return any(relational_type(ctx, doc[i]) is not None for i in range(m.start, min(m.end, m.start + 3)))


def _past_acronym(ctx: Context, i: int) -> int:
    """The token after "(ACR)" at ``i``: "the Manila Police District (MPD) of the Philippine National Police"."""
    doc, end = ctx.doc, ctx.sent.end
    if i + 2 < end and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].text.isupper():
        return i + 3
    return i


def _skip_det(ctx: Context, i: int) -> int:
    while i < ctx.sent.end and ctx.doc[i].pos_ == "DET":
        i += 1
    return i


def _is_organisation(m: Mention) -> bool:
    """A named organisation the knowledge base knows (not a state, person, generic agent or a bare entity)."""
    return not (m.generic or m.person or is_state(m) or m.actor.kind == ENTITY_KIND)


def _parties(ctx: Context, verb: Token) -> list[Mention]:
    """The subject of a verb and the mentions coordinated with it: "Armenia and Azerbaijan accused ..."."""
    subj = subject_of(ctx, verb)
    if subj is None:
        return []
    return list(dict.fromkeys([subj, *conjoined(ctx, subj)]))


def _pairs(ctx: Context, rtype: str, parties: list[Mention], rule: str) -> list[Relation]:
    return [make_relation(ctx, rtype, a, b, rule)
            for k, a in enumerate(parties) for b in parties[k + 1:] if actor_key(a.actor) != actor_key(b.actor)]


def _phrase_starts(words: list[str], phrases: Iterable[tuple[str, ...]]) -> list[tuple[int, tuple[str, ...]]]:
    """(offset, phrase) for each word that starts one of ``phrases`` (the longest that matches there)."""
    ordered = sorted(phrases, key=len, reverse=True)
    firsts = {p[0] for p in ordered}
    out: list[tuple[int, tuple[str, ...]]] = []
    for k, word in enumerate(words):
        if word not in firsts:
            continue  # most words start no phrase: skip the slicing
        phrase = next((p for p in ordered if tuple(words[k:k + len(p)]) == p), None)
        if phrase is not None:
            out.append((k, phrase))
    return out


def rule_truce(ctx: Context) -> list[Relation]:
    """ "a ceasefire between A and B", "A and B agreed to a truce", "A agreed to a ceasefire with B": the
    parties of a truce were at war (whether or not it is reached)."""
    out: list[Relation] = []
    doc, sent = ctx.doc, ctx.sent
    for k, phrase in _phrase_starts(ctx.words, ctx.cues.truce_nouns):
        first = sent.start + k
        if ctx.at(first) is not None or first in ctx.claimed:
            continue
        j = first + len(phrase)
        nxt = doc[j].lower_ if j < sent.end else ""
        if nxt == "between":
            a = mention_after(ctx, j + 1)
            if a is not None and a.end < sent.end and doc[a.end].lower_ == "and":
                b = mention_after(ctx, a.end + 1)
                if b is not None:
                    out.extend(_pairs(ctx, "ENEMY", [refine(ctx, a), refine(ctx, b)], "truce.between"))
            continue
        # the phrase's head ("cessation" of "cessation of hostilities"), then up to its verb
        verb: Token | None = next((t for t in doc[first:j] if not first <= t.head.i < j or t.head is t), doc[j - 1])
        for _ in range(4):  # ceasefire <- to <- agreed; truce <- reached
            if verb is None or verb.pos_ in ("VERB", "AUX"):
                break
            verb = verb.head if verb.head is not verb else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ctx.cues.truce_verbs:
            continue
        parties = _asked(ctx, verb) if verb.dep_ == "xcomp" and not _own_subject(verb) else _parties(ctx, verb)
        if nxt == "with":
            other = mention_after(ctx, j + 1)
            if other is not None:
                parties.append(refine(ctx, other))
        out.extend(_pairs(ctx, "ENEMY", parties, "truce.parties"))
    return out


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _asked(ctx: Context, verb: Token) -> list[Mention]:
    """The parties asked to do ``verb`` ("called on Israel and Hamas to agree to a truce"), not the one asking;
    none when the request names nobody ("We call on both sides to agree ...")."""
    asker = verb.head
    objs = [c for c in asker.children if c.dep_ == "dobj"]
    objs += [g for c in asker.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    for obj in objs:
        m = ctx.at(obj.i)
        if m is not None:
            return list(dict.fromkeys([refine(ctx, m), *conjoined(ctx, m)]))
    return []


def rule_mutual(ctx: Context) -> list[Relation]:
    """ "Armenia and Azerbaijan accused each other of shelling", "A and B attacked one another"."""
    out: list[Relation] = []
    doc, sent = ctx.doc, ctx.sent
    for k, _phrase in _phrase_starts(ctx.words, ctx.cues.reciprocals):
        verb = doc[sent.start + k].head
        while verb.dep_ in ("dobj", "pobj", "prep", "det", "amod") and verb.head is not verb:
            verb = verb.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.cues.mutual_verbs or verb.i in ctx.claimed:
            continue
        parties = _parties(ctx, verb)
        out.extend(_pairs(ctx, "ENEMY", parties, f"mutual.{verb.lemma_.lower()}"))
    return out


def rule_clash(ctx: Context) -> list[Relation]:
    """ "Thai and Cambodian troops exchanged fire", "the army clashed with the rebels": armed parties of a fight are
    enemies. Both must be of the armed kinds (a state, armed forces, an armed group)."""
    out: list[Relation] = []
    cues = ctx.cues
    for tok in ctx.sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or tok.i in ctx.claimed or ctx.at(tok.i) is not None:
            continue
        if lemma in cues.exchange_verbs:
            if not any(c.dep_ == "dobj" and c.lemma_.lower() in cues.fire_nouns for c in tok.children):
                continue
        elif lemma not in cues.clash_verbs:
            continue
        subj = subject_of(ctx, tok)
        if subj is None:
            continue
        parties = [*_joined_before(ctx, subj), subj, *conjoined(ctx, subj)]
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"):
            pobj = [c for c in prep.children if c.dep_ == "pobj"]
            other = mention_of_token(ctx, pobj[0]) if pobj else None
            if other is not None:
                parties.append(other)
        parties = [refine(ctx, m) for m in dict.fromkeys(parties)]
        if len(parties) < 2 or any(m.actor.kind not in cues.armed_kinds for m in parties):
            continue
        negated = is_negated(ctx, [tok])
        out.extend(make_relation(ctx, "ENEMY", a, b, f"clash.{lemma}", negated=negated)
                   for k, a in enumerate(parties) for b in parties[k + 1:] if actor_key(a.actor) != actor_key(b.actor))
    return out


def _joined_before(ctx: Context, m: Mention) -> list[Mention]:
    """The mention joined to ``m`` by "and" right before it: "Thai" of "Thai and Cambodian troops"."""
    i = m.start - 1
    if i - 1 < ctx.sent.start or ctx.doc[i].lower_ != "and":
        return []
    before = ctx.ending(i)
    return [before] if before is not None else []


def _plain_list(ctx: Context, i: int) -> list[Mention]:
    """Mentions listed from token ``i`` as "A and B" or "A, B and C" (determiners allowed), else []."""
    doc, end = ctx.doc, ctx.sent.end
    out: list[Mention] = []
    closed = False
    while i < end and not closed:
        m = mention_after(ctx, i)
        if m is None:
            return []
        out.append(refine(ctx, m))
        i = m.end
        if i < end and doc[i].text == "," and i + 1 < end and doc[i + 1].lower_ == "and":
            i += 1
        if i < end and doc[i].lower_ == "and":
            closed = True  # the last member follows
            m = mention_after(ctx, i + 1)
            if m is None:
                return []
            out.append(refine(ctx, m))
        elif i < end and doc[i].text == ",":
            i += 1
        else:
            return []
    return out


def rule_alliance(ctx: Context) -> list[Relation]:
    """ "a coalition of A and B", "an alliance between A, B and C": the members are allies."""
    out: list[Relation] = []
    doc, sent = ctx.doc, ctx.sent
    for tok in sent:
        if tok.lemma_.lower() not in ctx.cues.alliance_nouns or ctx.at(tok.i) is not None or tok.i in ctx.claimed:
            continue
        if tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ not in ("of", "between", "among"):
            continue
        members = _plain_list(ctx, tok.i + 2)
        if len(members) < 2:
            continue
        out.extend(_pairs(ctx, "ALLY", members, f"alliance.{tok.lemma_.lower()}"))
    return out


RULES: tuple[Callable[[Context], list[Relation]], ...] = (
    rule_relational_noun, rule_hyphen, rule_by_agent, rule_with_phrase, rule_verbs, rule_conflict,
    rule_defend, rule_of_organisation, rule_truce, rule_mutual, rule_alliance, rule_backing,
    rule_with_noun, rule_clash,
)
