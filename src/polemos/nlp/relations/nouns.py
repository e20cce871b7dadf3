"""The relational-noun constructions of ``polemos_relations``: "X, an ally of Y", "Y's armed wing X",
"Hezbollah leader Nasrallah", "ORG, whose president X", "A and B, coordinators of Y", "X, the founder and
chairman of Y", "X, Special Envoy of ... and head of Y". Each a pure function ``(ctx) -> list[Relation]``.
"""

from __future__ import annotations

from spacy.tokens import Token

from polemos.models import Actor, Relation
from polemos.nlp.relations.context import (
    ENTITY_KIND,
    SYMMETRIC,
    Context,
    Mention,
    before_comma,
    conjoined,
    is_negated,
    is_state,
    list_after,
    make_relation,
    mention_after,
    mention_of_token,
    noun_start,
    possessor,
    refine,
    relational_type,
    resolve_pronoun,
    resolve_words,
    skip_punct,
    subject_of,
    window_negated,
)
from polemos.nlp.relations.mentions import NO_LONGER

# how far back "X, <first role> and head of Y" may look for the comma after X
_ROLE_SPAN = 14


def rule_relational_noun(ctx: Context) -> list[Relation]:
    """ "X, an ally of Y", "X, Y's and Z's principal ally", "Y's ally X", "X is not the leader of Y",
    "allies of Y, like A, B and C", "Y and its allies A and B", "Hezbollah leader Nasrallah"."""
    out: list[Relation] = []
    doc, sent = ctx.doc, ctx.sent
    for tok in sent:
        rtype = relational_type(ctx, tok)
        if rtype is None or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        titled = ctx.at(tok.i)
        if titled is not None and not (titled.person and titled.start == noun_start(ctx, tok) and titled.end > tok.i + 1):
            continue
        if tok.lower_ == "part" and not (tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "of"):
            continue
        owners: list[Mention] = []
        owner_by_of = False
        # "of Y" right after the noun
        if titled is None and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "of":
            pobj = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            m = _named_in_apposition(ctx, pobj[0]) if pobj else None
            m = m or mention_after(ctx, tok.i + 2)
            if m is None:  # "head of the Andijan rights group Appeal": the named actor inside the phrase
                m = mention_of_token(ctx, pobj[0]) if pobj else None
            if m is not None:
                owners.append(refine(ctx, m))
                owner_by_of = True
        # walk left over adjectives, determiners, coordinated roles ("the founder and chairman") and possessive
        # owners ("Iran's and Syria's principal")
        k = noun_start(ctx, tok) - 1
        compound_owner = False
        whose = False
        while k >= sent.start:
            t = doc[k]
            if t.tag_ == "POS" and ctx.ending(k) is not None:
                owners.append(ctx.ending(k))  # type: ignore[arg-type]
                k = ctx.ending(k).start - 1  # type: ignore[union-attr]
                continue
            m = ctx.ending(k + 1)
            if m is not None and not owners and k == noun_start(ctx, tok) - 1:
                owners.append(m)  # compound: "Hezbollah leader", "a US ally"
                compound_owner = True
                k = m.start - 1
                continue
            if t.tag_ == "WP$":
                # "BGMEA, whose president X": the owner is the antecedent of "whose", not an "of" phrase
                antecedent = before_comma(ctx, k - 1)
                owners = [antecedent] if antecedent is not None else []
                owner_by_of = False
                whose = True
                break
            if t.tag_ == "PRP$":
                ref = resolve_pronoun(ctx, t)
                if ref is not None:
                    owners.append(ref)
                k -= 1
                continue
            if t.pos_ in ("DET", "ADJ", "NUM", "ADV") or t.lower_ in ("and", "own", "-", "main", "key", "top") \
                    or t.pos_ == "NOUN" and relational_type(ctx, t) == rtype and ctx.at(k) is None:
                k -= 1
                continue
            break
        phrase_start = k + 1
        if any(doc[j].lower_ in NO_LONGER for j in range(max(phrase_start - 1, sent.start), tok.i)):
            continue  # "Karimov, a former Communist Party boss", "a one-time ally of X": a tie held no more
        owners = [o for o in dict.fromkeys(owners)]
        holders: list[Mention] = []
        negated = False
        rule = "noun"
        if titled is not None:
            holders.append(titled)  # "whose president Faruque Hassan": the title is part of the person's mention
            rule = "noun.title"
        if compound_owner and len(owners) > 1 and rtype in SYMMETRIC:
            # "its Russian allies", "Iran's Houthi allies": the word before the noun names the allies
            holders.append(owners.pop(0))
            rule = "noun.modifier"
        # apposition before: "X, an ally of Y", "X (ACR), the armed wing of Y"
        before = before_comma(ctx, k) if not holders and not whose else None
        if before is not None:
            holders.append(before)
            if tok.tag_ in ("NNS", "NNPS"):
                holders.extend(_conjoined_before(ctx, before))  # "A and B, coordinators of Y"
            rule = "noun.apposition"
        # copula: "X is (not) the leader of Y"
        elif not holders and tok.dep_ in ("attr", "acomp", "oprd") and tok.head.lemma_ in ctx.cues.copulas:
            subj = subject_of(ctx, tok.head)
            if subj is not None:
                holders.append(subj)
                holders.extend(conjoined(ctx, subj))
                negated = is_negated(ctx, [tok.head, tok]) or window_negated(ctx, subj.end, phrase_start)
                rule = "noun.copula"
        # "X operates as part of Y", "X joined as a member of Y": the subject of the verb "as" hangs on
        elif not holders and owner_by_of and tok.head.lower_ == "as" and tok.head.head.pos_ in ("VERB", "AUX") \
                and tok.head.head.lemma_.lower() in ctx.cues.as_verbs and _heads_of_phrase(ctx, tok, owners[0]):
            subj = _clause_subject(ctx, tok.head.head)
            if subj is not None:
                holders.append(subj)
                negated = is_negated(ctx, [tok.head.head])
                rule = "noun.as"
        # holder after: "Y's ally X", "its allies A and B", "Hezbollah leader Hassan Nasrallah"
        if not holders and owners and not owner_by_of:
            holders = list_after(ctx, tok.i + 1, need_introducer=False)[:6]
            after = _skip_det_title(ctx, skip_punct(doc, tok.i + 1, sent.end))
            if holders and ctx.starting(after) is None and not (
                    after < holders[0].start <= after + 4
                    and all(t.pos_ in ("PROPN", "PUNCT") for t in doc[after:holders[0].start])):
                holders = []  # the holder must follow the noun ("the Izz el-Deen al-Qassam Brigades")
            if (compound_owner or whose) and holders:
                holders = holders[:1]
            rule = "noun.after"
        # "allies of Y, like A and B" / "the leader of Y, Z,"
        if not holders and owner_by_of:
            after_owner = owners[0].end
            holders = list_after(ctx, after_owner, need_introducer=True)
            rule = "noun.list"
            if not holders and rtype == "LEADS" and after_owner < sent.end and doc[after_owner].text == ",":
                m = ctx.starting(after_owner + 1)
                if m is not None and m.person:
                    holders = [m]
                    rule = "noun.after"
        # "X, Special Envoy of the Secretary-General and head of Y": the second role of an apposition
        if not holders and owner_by_of and rtype == "LEADS":
            first = _first_role_holder(ctx, phrase_start)
            if first is not None:
                holders = [first]
                rule = "noun.apposition"
        if rule == "noun.copula" and tok.i in ctx.claimed:
            continue  # "accused Rwanda of being an ally of M23"; "its ally Assad" there is a description
        if not owners and holders and rtype in SYMMETRIC and rule == "noun.copula":
            # "Russia and Iran are allies"
            for x in range(len(holders)):
                for y in range(x + 1, len(holders)):
                    out.append(make_relation(ctx, rtype, holders[x], holders[y], rule, negated=negated))
            continue
        if rtype == "LEADS":
            holders = [h for h in holders if h.person or not is_state(h)]
            # heads of state are not coded as leaders of their country (guide, section 7), nor a person as led
            owners = [o for o in owners if not is_state(o) and not o.person]
        if rtype == "PART_OF":
            holders = [h for h in holders if not h.person or tok.lower_ == "member"]
        for h in holders:
            for o in owners:
                if h is not o:
                    out.append(make_relation(ctx, rtype, h, o, rule, negated=negated))
    return out


def _named_in_apposition(ctx: Context, noun: Token) -> Mention | None:
    """The name a common noun of an organisation is followed by: "the Sinhala nationalist group Mahason
    Balakaya" names Mahason Balakaya, not the Sinhala of its modifiers (the name read as an organisation even
    where the parser took it for a person's)."""
    if noun.pos_ != "NOUN" or noun.lower_ not in ctx.cues.group_nouns:
        return None
    name = next((c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None:
        return None
    span = ctx.doc[name.left_edge.i:name.i + 1]
    if not all(t.text[:1].isupper() for t in span) or span.start != noun.i + 1:
        return None
    found = ctx.at(span.start)
    if found is not None and not found.person and found.start == span.start and found.end == span.end:
        return found
    actor = resolve_words(ctx.resolve, span)
    if actor is None or actor.kind == "person":
        actor = Actor(name=span.text, kind=ENTITY_KIND, start=span.start_char, end=span.end_char)
    return Mention(span.start, span.end, actor)


def _conjoined_before(ctx: Context, m: Mention) -> list[Mention]:
    """Mentions listed before ``m`` as "A, B and m" (for a plural role: "A and B, coordinators of Y")."""
    out: list[Mention] = []
    i = m.start
    if i - 1 >= ctx.sent.start and ctx.doc[i - 1].pos_ == "DET":
        i -= 1  # "the United States and the United Kingdom, ... allies"
    while i - 2 >= ctx.sent.start and ctx.doc[i - 1].lower_ in ("and", ","):
        prev = ctx.ending(i - 1)
        if prev is None or prev.generic:
            break
        out.append(prev)
        i = prev.start - 1 if prev.start - 1 >= ctx.sent.start and ctx.doc[prev.start - 1].pos_ == "DET" \
            else prev.start
    return out


def _first_role_holder(ctx: Context, i: int) -> Mention | None:
    """The person before the comma of "PERSON, <role of ...> and <this role>", where ``i`` is the "and" that
    starts this role's phrase; None when a verb or another comma comes between."""
    doc, start = ctx.doc, ctx.sent.start
    if i >= ctx.sent.end or doc[i].lower_ != "and":
        return None
    for j in range(i - 1, max(start, i - _ROLE_SPAN) - 1, -1):
        tok: Token = doc[j]
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":", "(", ")"):
            return None
        if tok.text == ",":
            holder = before_comma(ctx, j)
            return holder if holder is not None and holder.person else None
    return None


def _skip_det_title(ctx: Context, i: int) -> int:
    """Past determiners and title words: ", the Qassam Brigades", "commander General Jean Kahwaji"."""
    doc, end = ctx.doc, ctx.sent.end
    while i < end and ctx.at(i) is None and (doc[i].pos_ == "DET" or doc[i].lower_ in ctx.cues.titles):
        i += 1
    return i


def rule_backing(ctx: Context) -> list[Relation]:
    """ "X has won the backing of Y and Z", "X, with the support of Y, advanced": each backer is X's ally."""
    out: list[Relation] = []
    doc, sent = ctx.doc, ctx.sent
    for tok in sent:
        if tok.lower_ not in ctx.cues.backing_nouns or tok.pos_ != "NOUN" or tok.i in ctx.claimed:
            continue
        if tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ != "of":
            continue
        backer = mention_after(ctx, tok.i + 2)
        if backer is None:
            continue
        head = tok.head
        if tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in ctx.cues.backing_verbs:
            verb = head
        elif tok.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ in ("VERB", "AUX", "NOUN", "PROPN"):
            verb = head.head
        else:
            continue
        backed = mention_of_token(ctx, verb) if verb.pos_ in ("NOUN", "PROPN") else subject_of(ctx, verb)
        if backed is None:
            continue
        negated = is_negated(ctx, [verb])
        for each in dict.fromkeys([refine(ctx, backer), *conjoined(ctx, backer)]):
            if each is not backed:
                out.append(make_relation(ctx, "ALLY", each, backed, "noun.backing_of", negated=negated))
    return out


def _heads_of_phrase(ctx: Context, tok: Token, owner: Mention) -> bool:
    """Whether ``owner`` is what "<tok> of ..." names: the object of "of" or a name it heads ("part of Islamic
    State's Central Africa Province"), not a modifier of another noun ("part of a Moscow-led alliance's mission")."""
    pobj = [c for c in ctx.doc[tok.i + 1].children if c.dep_ == "pobj"]
    if not pobj:
        return False
    return owner.start <= pobj[0].i < owner.end or pobj[0].pos_ == "PROPN"


def _clause_subject(ctx: Context, verb: Token) -> Mention | None:
    """The subject of a verb, active or passive, or of the verb it is coordinated with ("X, based in ... and
    operating as part of Y")."""
    cur = verb
    for _ in range(4):
        for child in cur.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return mention_of_token(ctx, child)
        if cur.dep_ != "conj" or cur.head is cur:
            break
        cur = cur.head
    return subject_of(ctx, verb)


def rule_with_noun(ctx: Context) -> list[Relation]:
    """ "its military cooperation with Tashkent", "Iran's alliance with Syria": the possessor and the actor
    after "with" (a claim's content is no relation: "denied any cooperation with Y")."""
    out: list[Relation] = []
    doc, sent = ctx.doc, ctx.sent
    for tok in sent:
        rtype = ctx.cues.with_nouns.get(tok.lower_)
        if rtype is None or tok.pos_ != "NOUN" or tok.i in ctx.claimed or ctx.at(tok.i) is not None:
            continue
        if tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ != "with":
            continue
        holder = possessor(ctx, tok)
        other = mention_after(ctx, tok.i + 2)
        if holder is None or other is None or holder is other:
            continue
        out.append(make_relation(ctx, rtype, holder, refine(ctx, other), f"noun.{tok.lower_}_with",
                                 # "has no cooperation with Y"; not "its cooperation with Y cannot continue"
                                 negated=is_negated(ctx, [tok, tok.head] if tok.dep_ in ("dobj", "attr") else [tok])))
    return out
