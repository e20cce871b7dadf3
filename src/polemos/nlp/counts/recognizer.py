"""Casualty and arrest counts: number phrases with their bounds and kind, attached to event triggers.

A count is attached through the word that says its kind when that word is a verb or adjective
("killing at least 23 people" hangs on "killing", whatever the parser did with "people"), else
through its number; the attachment rule itself (`owning_trigger`) lives in `nlp/attach.py`.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from polemos.lang.en.words import MONTH_ABBREVIATIONS, MONTHS, WITNESS_NOUNS
from polemos.models import Count
from polemos.nlp.attach import VERBAL
from polemos.nlp.counts.parse import Rejection, check_count, parse_number, read_claim, sum_counts
from polemos.nlp.doc_index import doc_text, sent_start
from polemos.nlp.resources import Resources, resources_of
from polemos.ontology.counts import CountLexicon

# Entities whose numbers are not head counts ("24 hours", "50%", "$5 million").
_NOT_COUNTS = {"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"}


_VERBAL = VERBAL


# Kind words that, as a verb's subject, are not a tally of victims.
_NOT_TOLLS = frozenset({"body", "life"})


# Injury verbs as often said of things as of people ("the sanctions hurt the economy"): no single victim.
_FIGURATIVE = frozenset({"hurt"})


def _kind_of_token(tok: Token, lex: CountLexicon) -> str | None:
    doc = tok.doc
    for width in (3, 2):  # "burned to death", "beaten to death"; "rounded up", "gunned down", "shot dead"
        if tok.i + width > len(doc):
            continue
        rest = " ".join(t.lower_ for t in doc[tok.i + 1:tok.i + width])
        for key in (f"{tok.lemma_.lower()} {rest}", f"{tok.lower_} {rest}"):
            if key in lex.kinds:
                return lex.kinds[key]
    for key in (tok.lower_, tok.lemma_.lower()):
        if key in lex.kinds:
            return lex.kinds[key]
    return None


def is_cost_word(tok: Token) -> bool:
    """Whether the word says deaths, injuries or arrests ("killed", "wounding", "shot dead", "detained")."""
    return _kind_of_token(tok, resources_of(tok.doc).counts) is not None


def count_kind(span: Span, lex: CountLexicon) -> tuple[str, Token] | None:
    """The kind of a number span and the word that says it; None when unknown or when the text only
    gives casualties of either kind ("20 people were killed or wounded")."""
    found = _count_kind(span, lex)
    if found is None:
        return None
    word = found[1]
    for other in [*word.conjuncts, *(c for c in word.children if c.dep_ == "conj")]:
        between = word.doc[min(word.i, other.i):max(word.i, other.i)]
        k = _kind_of_token(other, lex)
        if k is not None and k != found[0] and any(t.lower_ == "or" for t in between):
            return None
    return found


def _count_kind(span: Span, lex: CountLexicon) -> tuple[str, Token] | None:
    doc = span.doc
    root = span.root
    noun = root.head if root.dep_ in ("nummod", "quantmod", "compound", "amod") and root.head.i >= span.end \
        else root
    if (k := _kind_of_token(noun, lex)) and noun not in span:
        return k, noun
    if span.end < len(doc) and (k := _kind_of_token(doc[span.end], lex)):  # "500 dead", "1,800 wounded"
        return k, doc[span.end]
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and doc[span.end + 1].pos_ in ("ADJ", "NOUN", "VERB") \
            and (k := _kind_of_token(doc[span.end + 1], lex)):  # "dozens of wounded", "hundreds of dead"
        return k, doc[span.end + 1]
    if noun.i == span.end and noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ in ("ADJ", "VERB") \
            and (k := _kind_of_token(doc[noun.i + 1], lex)):  # "left two people dead"
        return k, doc[noun.i + 1]
    if noun.dep_ == "dobj" and noun.head.pos_ in _VERBAL:  # "left 40 civilians in the village dead"
        for sib in noun.head.children:
            if sib.dep_ in ("oprd", "acomp", "xcomp") and sib.i > noun.i and (k := _kind_of_token(sib, lex)):
                return k, sib
    tok = noun
    for _ in range(5):
        if tok.dep_ == "ROOT" or tok.head.i == tok.i:
            break
        tok = tok.head
        if (k := _kind_of_token(tok, lex)) and tok not in span:
            return k, tok
        if tok.pos_ in _VERBAL:
            # "the death toll rose to 200": the kind sits on the verb's subject ("a body linked to" is no toll)
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() not in _NOT_TOLLS \
                        and (k := _kind_of_token(child, lex)):
                    return k, child
            if (found := _toll_object(tok, noun, lex)) is not None:
                return found
            break
    first = sent_start(span[0]) if len(span) else span.sent.start
    for back in range(span.start - 1, max(first, span.start - 4) - 1, -1):
        if (k := _kind_of_token(doc[back], lex)) and doc[back].pos_ in ("VERB", "NOUN"):
            return k, doc[back]  # "killing about 20", "arresting 12"
    return _subject_of_next_verb(span, noun, lex)


def _toll_object(verb: Token, noun: Token, lex: CountLexicon) -> tuple[str, Token] | None:
    """The kind a verb gives a number through its object or its "for"/"with" phrase: "raising the death toll
    to four", "put the toll at 61" (the number hangs on a preposition of the verb whose object is a toll);
    "893 people had been treated for injuries" (the injured: the counted people are the verb's subject)."""
    through_prep = noun.dep_ == "pobj" and noun.head.head.i == verb.i
    for child in verb.children:
        if (through_prep or noun.dep_ in ("dobj", "attr") and noun.head.i == verb.i) \
                and child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in _TALLIES:
            # "the number of people killed ... had risen to 108"
            for t in child.subtree:
                if t.i != child.i and (k := _kind_of_token(t, lex)):
                    return k, t
        if through_prep and child.dep_ == "dobj" and child.lemma_.lower() not in _NOT_TOLLS \
                and (k := _kind_of_token(child, lex)):
            return k, child
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i and child.dep_ == "prep" \
                and child.lower_ in _CARE_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj" and _kind_of_token(obj, lex) == "injured":
                    return "injured", obj
    return None


# Nouns of a tally whose phrase says what it counts ("the number of people killed").
_TALLIES = frozenset({"number", "total", "tally", "count", "figure"})


# Prepositions under which a kind word says what the verb's subjects suffered ("treated for injuries").
_CARE_PREPS = frozenset({"for", "with"})


# Words that may stand between a counted subject and its verb ("30 of them, mostly women and children, were").
_SUBJECT_PHRASE_POS = frozenset({"ADP", "PRON", "NOUN", "PROPN", "ADJ", "ADV", "DET", "CCONJ", "PUNCT", "NUM", "AUX"})


def _subject_of_next_verb(span: Span, noun: Token, lex: CountLexicon) -> tuple[str, Token] | None:
    """The kind of the first verb after the counted phrase when the parser left that verb without a subject
    ("..., and at least 30 of them, mostly women and children, were burned to death", with the number hung
    elsewhere): the count is its subject."""
    doc = span.doc
    if noun.dep_ in ("dobj", "pobj", "dative", "attr", "oprd", "compound", "amod", "poss"):
        return None  # the phrase already has its place in a clause ("attacked 3 villages, killed ...")
    end = min(len(doc), span.end + 14, span.sent.end)
    for i in range(max(span.end, noun.i + 1), end):
        tok = doc[i]
        if tok.pos_ == "VERB":
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children) or not any(
                    c.dep_ in ("aux", "auxpass") for c in tok.children):
                return None  # another subject, or a participle sharing an earlier one
            k = _kind_of_token(tok, lex)
            return (k, tok) if k is not None else None
        if tok.pos_ not in _SUBJECT_PHRASE_POS or tok.lower_ in ("who", "which", "that"):
            return None
    return None


def register_extensions() -> None:
    """`span._.count` (a Count), `span._.count_kind` (killed/injured/arrested) and `span._.count_anchor`
    (index of the token it attaches by) on doc.spans["counts"]; on doc.spans["rejected_counts"] (labelled
    with the rule id) `span._.count_rejected` says why the number is no head count."""
    for name in ("count", "count_kind", "count_anchor", "count_rejected"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def _in_excluded_entity(span: Span) -> bool:
    return all(t.ent_type_ in _NOT_COUNTS for t in span)


def _misread_date(span: Span, word: Token) -> bool:
    """A bare number the tagger took for a date or time that is the direct object or subject of its kind word
    ("and wounding 37"): a head count. A year ("killed in 1994") never hangs on the kind word this way."""
    nums = [t for t in span if t.like_num]
    if not nums or any(t.ent_type_ not in ("DATE", "TIME") for t in span):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in (span.doc[span.start - 1] if span.start else None,
                                                     span.doc[span.end] if span.end < len(span.doc) else None)
           if t is not None and not t.like_num):
        return False  # part of a longer date ("on 12 March", "37 minutes")
    root = span.root
    if re.fullmatch(r"\d{4}", root.text):
        return False
    return root.head.i == word.i and root.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "oprd", "npadvmod")


def _victim(tok: Token) -> Token | None:
    """The single victim of a killing verb or noun, if the text names one."""
    if tok.pos_ in ("NOUN",):
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
        return None
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    deps = ("nsubjpass",) if passive else (("nsubj",) if tok.lemma_.lower() == "die" else ("dobj",))
    return next((c for c in tok.children if c.dep_ in deps), None)


def _named_victims(tok: Token, victim: Token) -> tuple[int, int, int, list[int] | None] | None:
    """How many people a verb's named victims are, and the last of them: "detained him and Prime Minister
    Boubou Cisse" (2), "killed Soleimani and al-Muhandis" (2), "was detained along with two other lawmakers"
    (1 + 2, with the index of that number), with the first and last index of their words; no indexes when the
    others are not counted ("along with other leaders": at least one); None when one of them is no single
    person."""
    if victim.tag_ == "WP" and tok.dep_ == "relcl":
        victim = tok.head  # "Ruben Vardanyan, who was detained"
    people = [victim, *victim.conjuncts]
    doc = tok.doc
    lex = resources_of(doc).counts
    # "killed two more Cambodian soldiers and a Thai soldier": a counted group beside a single person adds up
    groups = {p.i: _group_size(p, lex) for p in people if not _one_person(p)}
    if any(g is None for g in groups.values()) or len(groups) == len(people) or \
            "\n" in doc[min(victim.left_edge.i, *(p.i for p in people)):max(p.i for p in people) + 1].text:
        return None  # a headline's victim is not coordinated with its dateline
    n = len(people) - len(groups) + sum(g[0] for g in groups.values() if g is not None)
    others = [g[1] for g in groups.values() if g is not None]
    first, last = min(victim.left_edge.i, *(p.i for p in people)), max(p.i for p in people)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("with", "along", "together"):
            objs = [c for c in prep.subtree if c.dep_ == "pobj"]
            companions = prep.lower_ != "with" or prep.i > 0 and doc[prep.i - 1].lower_ in ("along", "together")
            if not objs or not (companions or objs[0].lower_ == "others"
                                or any(c.lower_ == "other" for c in objs[0].children)):
                continue  # "killed him with a knife"
            nums = [c for c in objs[0].children if c.dep_ == "nummod" and c.like_num]
            value = parse_number(nums[0].text, lex) if nums else None
            if value is None:
                return n, first, last, None  # "along with other leaders": at least n, how many more is not said
            n += value
            others.append(nums[0].i)
    return n, first, last, others


def _group_size(noun: Token, lex: CountLexicon) -> tuple[int, int] | None:
    """The number a plural noun's numeral gives ("two more soldiers": 2) and that numeral's index."""
    nums = [c for c in noun.children if c.dep_ == "nummod" and c.like_num]
    value = parse_number(nums[0].text, lex) if len(nums) == 1 else None
    return None if value is None else (value, nums[0].i)


def _one_person(victim: Token) -> bool:
    if victim.lower_ in ("he", "him", "she", "her"):
        return True
    if victim.tag_ not in ("NN", "NNP"):
        return False
    if any(c.dep_ in ("nummod", "quantmod") or c.lower_ in ("no", "every", "each", "all", "any")
           for c in victim.children):
        return False
    if victim.tag_ == "NNP":
        # "a Palestinian"; a name the tagger took for a people or a place ("arrested Agnes Chow", LOC)
        return victim.ent_type_ in ("PERSON", "NORP", "LOC", "")
    return victim.lower_ not in ("one", "people", "everyone", "anyone", "someone", "nobody")


def find_counts(doc: Doc, lex: CountLexicon) -> list[tuple[Span, Count, str, str]]:
    """Every count in a parsed doc: (span, count, kind, rule) with rule number|sum|zero|singular."""
    return [(span, count, kind, rule) for span, count, kind, rule, _ in find_claims(doc, lex)]


def _anchor(span: Span, word: Token) -> Token:
    """The token a count attaches by: its kind word when that is a verb or adjective, else its number."""
    return word if word.pos_ in ("VERB", "AUX", "ADJ") and word not in span else span.root


def find_claims(doc: Doc, lex: CountLexicon, *, rejected: list[tuple[Span, Rejection, str, Token]] | None = None,
                ) -> list[tuple[Span, Count, str, str, Token]]:
    """`find_counts` plus, for each count, the token it attaches to a trigger by (see `_anchor`). Number
    phrases said of casualties that are no head count (`read_claim`) go to ``rejected`` with their kind
    and anchor."""
    found: list[tuple[Span, Count, str, Token]] = []
    text = doc_text(doc)
    for m in lex.phrase_re.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        excluded = _in_excluded_entity(span)
        if excluded and not any(t.ent_type_ in ("DATE", "TIME") for t in span):
            continue
        claim = read_claim(m, lex)
        said = count_kind(span, lex) if claim is not None else None
        if claim is None or said is None or excluded and not _misread_date(span, said[1]):
            continue
        if _unrealised(said[1], lex) or said[0] == "arrested" and _released(span, lex):
            continue
        if _beside_month(span) or _counts_places(span) or _counts_kin(span, lex) or _counts_witnesses(span) \
                or said[0] == "injured" and _wounded_who_died(span, said[1], lex):
            continue
        if isinstance(claim, Rejection):
            if rejected is not None:
                rejected.append((span, claim, said[0], _anchor(span, said[1])))
            continue
        claim.start, claim.end = span.start_char, span.end_char
        found.append((span, claim, said[0], said[1]))
    out: list[tuple[Span, Count, str, str, Token]] = []
    used: set[int] = set()
    for i, (span, count, kind, gov) in enumerate(found):
        if i in used:
            continue
        # Coordinated numbers under one kind word add up: "killed 170 Afghans and 13 US service members".
        group = [i]
        for j in range(i + 1, len(found)):
            s2, _, k2, g2 = found[j]
            if k2 == kind and g2.i == gov.i and (gov.i < span.start or gov.i >= s2.end) \
                    and _coordinated(found[group[-1]][0], s2):
                group.append(j)
        if len(group) == 1:
            out.append((span, count, kind, "number", _anchor(span, gov)))
            continue
        used.update(group)
        if _breakdown([found[g][1] for g in group]):
            # "eight civilians, five women and three children": the first figure, then its parts
            out.append((span, count, kind, "number", _anchor(span, gov)))
            continue
        last = found[group[-1]][0]
        whole = doc[span.start:max(last.end, last.root.head.i + 1 if last.root.head.i >= last.end else last.end)]
        total = sum_counts([found[g][1] for g in group])
        total.text, total.start, total.end = whole.text, whole.start_char, whole.end_char
        if isinstance(checked := check_count(total, lex), Rejection):
            if rejected is not None:
                rejected.append((whole, checked, kind, _anchor(whole, gov)))
            continue
        out.append((whole, total, kind, "sum", _anchor(whole, gov)))
    for pattern, zero_kind in lex.zero:
        for m in pattern.finditer(text):
            zspan = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if zspan is not None:
                out.append((zspan, Count(low=0, best=0, high=0, text=zspan.text, start=zspan.start_char,
                                         end=zspan.end_char), zero_kind, "zero", zspan.root))
    counted = {t.i for s, *_ in out for t in s}
    # verbs first: "condemn the arrest of X, who was detained" counts X once, by the verb
    for tok in sorted(doc, key=lambda t: (t.pos_ != "VERB", t.i)):
        victim_kind = _singular_kind(tok, lex)
        if victim_kind is None:
            continue
        victim = _victim(tok)
        named = _named_victims(tok, victim) if victim is not None and victim.i not in counted else None
        if named is None or _unrealised(tok, lex):
            continue
        n, first_i, last_i, others = named
        absorbed = set(others or ())
        if any(k == victim_kind and _governs(tok, s) and not any(t.i in absorbed for t in s) for s, _, k, _, _ in out):
            continue
        if others:  # "along with two other lawmakers": the two are in the sum, not a count of their own
            out = [o for o in out if not (o[2] == victim_kind and any(t.i in others for t in o[0]))]
        people = doc[first_i:last_i + 1]
        counted.update(range(first_i, last_i + 1))
        exact = None if others is None else n
        out.append((people, Count(low=n, best=exact, high=exact, text=people.text, start=people.start_char,
                                  end=people.end_char), victim_kind, "singular", tok))
    return sorted(out, key=lambda x: x[0].start)


def _singular_kind(tok: Token, lex: CountLexicon) -> str | None:
    """The kind a word gives its single named victim: "killed a journalist" (killed 1), "Martine Moise was
    wounded" (injured 1, by the injury verbs of the `kinds` lists)."""
    word = tok.lemma_.lower()
    after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    if word in lex.singular_killed or tok.lower_ in ("killing", "assassination") \
            or f"{word} {after}" in lex.singular_killed or f"{tok.lower_} {after}" in lex.singular_killed:
        return "killed"
    if tok.pos_ == "VERB" and lex.kinds.get(word) in ("injured", "arrested") and word not in _FIGURATIVE:
        return lex.kinds[word]
    if tok.pos_ == "NOUN" and word in _ARREST_NOUNS and not _background_noun(tok):
        return "arrested"  # "condemns the arrest of our President"
    if tok.pos_ == "VERB" and word in _CONFINING_VERBS and any(
            p.dep_ == "prep" and p.lower_ == "under" and any(o.lemma_.lower() in _ARREST_NOUNS for o in p.children)
            for p in tok.children):
        return "arrested"  # "placed X and Y under house arrest"
    return None


def _background_noun(tok: Token) -> bool:
    """A noun under a preposition: "under house arrest" (a state), "sanctions after the forced landing and the
    arrest of the journalist" (the cause another act answers), "protests over the arrest of X"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj"


# Nouns of one arrest whose "of" names the arrested, and verbs that confine "under arrest".
_ARREST_NOUNS = frozenset({"arrest", "detention"})
_CONFINING_VERBS = frozenset({"place", "put", "keep"})


_MONTH_WORDS = frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS) | frozenset({"sept"})


def _beside_month(span: Span) -> bool:
    """A day of a date beside its month ("BAMAKO, Aug 19 (Reuters)", "on 13 April"): no head count, whatever
    the tagger made of it."""
    doc = span.doc
    near = [doc[span.start - 1] if span.start else None, doc[span.end] if span.end < len(doc) else None]
    if span.start > 1 and doc[span.start - 1].text == ".":
        near.append(doc[span.start - 2])  # "Aug. 19"
    return len(span) == 1 and any(t is not None and t.lower_.rstrip(".") in _MONTH_WORDS
                                  and (t.lower_ != "may" or t.text[0].isupper()) for t in near)


# Prepositions of place and time: a number of what stands under them counts places or occasions, not people.
_PLACE_PREPS = frozenset({"in", "across", "throughout", "over", "during", "within", "into", "on"})


def _counts_places(span: Span) -> bool:
    """"59 people were killed in 20 cities", "wounded in two attacks": the number counts the noun of a
    phrase of place or time, not the victims."""
    root = span.root
    if root.dep_ not in ("nummod", "quantmod") or root.head.i < span.end:
        return False
    noun = root.head
    return noun.dep_ == "pobj" and noun.head.lower_ in _PLACE_PREPS \
        and _kind_of_token(noun, resources_of(span.doc).counts) is None  # "resulting in 500 dead" counts


def _counts_witnesses(span: Span) -> bool:
    """"shot dead ... in front of his wife and their two young children": the number counts the people who saw
    the act (the object of "in front of", "in the presence of"), not its victims."""
    noun = span.root
    while noun.dep_ in ("nummod", "quantmod", "amod", "compound") and noun.head.i != noun.i:
        noun = noun.head
    for _ in range(3):  # "his wife and their two children": up the coordination to the first conjunct
        if noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in WITNESS_NOUNS)


def _counts_kin(span: Span, lex: CountLexicon) -> bool:
    """"a mother of two": the number counts a victim's children, not victims."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in lex.kin


def _wounded_who_died(span: Span, word: Token, lex: CountLexicon) -> bool:
    """"The toll rose to 12 after two wounded men died": the wounded who died are in the toll, not an
    injury count."""
    root = span.root
    noun = root.head if root.dep_ in ("nummod", "quantmod") and root.head.i >= span.end else root
    if word.dep_ != "amod" or word.head.i != noun.i or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return _kind_of_token(noun.head, lex) == "killed"


def _unrealised(word: Token, lex: CountLexicon) -> bool:
    """The killing or arrest was only attempted, planned or threatened ("an attempt to assassinate")."""
    return word.pos_ in _VERBAL and word.dep_ in ("xcomp", "acl", "advcl") and \
        word.head.lemma_.lower() in lex.unrealised


def _released(span: Span, lex: CountLexicon) -> bool:
    """The counted people are set free, not arrested: the object of a release verb or noun ("freed 20
    jailed activists", "20 detainees were released", "the release of 30 prisoners")."""
    root = span.root
    tok = root.head if root.dep_ in ("nummod", "quantmod", "compound", "amod") and root.head.i >= span.end else root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i:
        gov = tok.head.head
        return gov.pos_ in ("NOUN", "PROPN") and gov.lemma_.lower() in lex.released
    return tok.dep_ in ("dobj", "nsubjpass", "dative", "oprd") and tok.head.pos_ in _VERBAL \
        and tok.head.lemma_.lower() in lex.released


def _breakdown(counts: list[Count]) -> bool:
    """"eight civilians, five women and three children": an exact first figure that the exact figures after it
    add up to is a total followed by its parts, not a sum (two or more parts)."""
    exact = [c.best for c in counts if c.low == c.best == c.high]
    return len(counts) >= 3 and len(exact) == len(counts) and exact[0] == sum(v for v in exact[1:] if v is not None)


def _coordinated(a: Span, b: Span) -> bool:
    """Whether b's noun is a conjunct of a's noun (or number)."""
    def noun(s: Span) -> Token:
        r = s.root
        return r.head if r.dep_ in ("nummod", "quantmod", "compound") and r.head.i >= s.end else r
    na, nb = noun(a), noun(b)
    return nb in na.conjuncts or nb.head == na and nb.dep_ == "conj"


def _governs(tok: Token, span: Span) -> bool:
    return any(t.head == tok or t.head.head == tok for t in span)


#: The span group of number phrases said of casualties that are no head count.
REJECTED = "rejected_counts"


def _rejected_span(span: Span, rejection: Rejection, kind: str, anchor: Token) -> Span:
    s = Span(span.doc, span.start, span.end, label=rejection.rule)
    s._.count_rejected, s._.count_kind, s._.count_anchor = rejection.detail, kind, anchor.i
    return s


class CountRecognizer:
    """Finds counts and stores them in doc.spans["counts"]."""

    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        self.lexicon = resources.counts

    def __call__(self, doc: Doc) -> Doc:
        doc._.resources = self.resources
        spans = []
        rejected: list[tuple[Span, Rejection, str, Token]] = []
        for span, count, kind, rule, anchor in find_claims(doc, self.lexicon, rejected=rejected):
            s = Span(doc, span.start, span.end, label=rule)
            s._.count, s._.count_kind, s._.count_anchor = count, kind, anchor.i
            spans.append(s)
        doc.spans["counts"] = spans
        doc.spans[REJECTED] = [_rejected_span(*r) for r in rejected]
        return doc


def make_count_recognizer(nlp: Language, name: str, resources: Resources) -> CountRecognizer:
    """Build the component on the resources' count vocabulary."""
    return CountRecognizer(resources)
